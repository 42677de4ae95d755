/** Browser entry of the search page: loads Pagefind's default UI from the bundle that the build wrote. */

interface PagefindUIConstructor {
  new (options: { element: string; bundlePath: string; showImages: boolean; autofocus: boolean }): unknown;
}

declare global {
  interface Window {
    PagefindUI?: PagefindUIConstructor;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Failed to load ${src}`));
    document.head.append(script);
  });
}

function loadStylesheet(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/** Mounts the search UI, or explains in the page why search cannot run here. */
export async function startSearch(): Promise<void> {
  const container = document.querySelector<HTMLElement>('#search');
  const status = document.querySelector<HTMLElement>('#search-status');
  if (!container || !status) return;

  if (location.protocol === 'file:') {
    status.textContent = 'Search needs the site served over http. Run `npm run preview` and open the address it prints.';
    return;
  }

  const bundlePath = container.dataset.bundlePath ?? '/pagefind/';
  try {
    loadStylesheet(`${bundlePath}pagefind-ui.css`);
    await loadScript(`${bundlePath}pagefind-ui.js`);
    if (!window.PagefindUI) throw new Error('pagefind-ui.js did not define PagefindUI');
    new window.PagefindUI({ element: '#search', bundlePath, showImages: false, autofocus: true });
  } catch (error: unknown) {
    status.textContent = 'Search is unavailable: the search index was not found. Build the site with `npm run build` and serve it with `npm run preview`.';
    console.error(error);
  }
}
