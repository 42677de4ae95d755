/** Options of the synthetic corpus. */
export interface CorpusOptions {
  /** Number of distinct papers. */
  papers: number;
  /** Seed of the pseudo-random generator; the same seed gives the same corpus. */
  seed: number;
  /** New papers per listing day. */
  perDay: number;
  /** First listing day, `YYYY-MM-DD`. Defaults to 2023-01-02. */
  firstDay?: string;
}

/** One generated dump: its file name (the listing day) and its text. */
export interface GeneratedDump {
  fileName: string;
  text: string;
}

/** A generator of 32-bit pseudo-random numbers (mulberry32), deterministic for a seed. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ra', 'to', 'vi', 'zu', 'shi', 'dra', 'gen', 'mor', 'tex', 'quo', 'fen', 'bel'];
const ADJECTIVES = ['Scalable', 'Efficient', 'Robust', 'Sparse', 'Self-Supervised', 'Multimodal', 'Continual', 'Masked', 'Contrastive', 'Generative', 'Lightweight', 'Unified'];
const METHODS = ['Pre-training', 'Distillation', 'Fine-Tuning', 'Retrieval', 'Tokenization', 'Alignment', 'Quantization', 'Diffusion', 'Attention', 'Reasoning'];
const TASKS = ['Video Understanding', 'Language Models', '3D Reconstruction', 'Speech Recognition', 'Image Segmentation', 'Robot Manipulation', 'Code Generation', 'Graph Learning', 'Time Series Forecasting', 'Medical Imaging'];
const ACCENTED = ['Schrödinger', 'Fréchet', 'Poincaré', 'Gödel', 'Erdős', 'Čech', 'Müller'];
const NON_LATIN = ['Ω-Net', 'λ-Calculus', '注意力', 'トランスフォーマー', 'Δ-Tuning', 'Σ-Mixer'];
const SUBJECTS = ['large language models', 'vision transformers', 'diffusion models', 'graph neural networks', 'speech encoders', 'masked autoencoders', 'retrieval systems', 'policy networks'];
const VERBS = ['improves', 'stabilises', 'accelerates', 'simplifies', 'extends', 'regularises'];
const DATASETS = ['ImageNet', 'COCO', 'MMLU', 'LibriSpeech', 'KITTI', 'ScanNet', 'GSM8K', 'HumanEval'];

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function makeName(random: () => number, index: number): string {
  const syllables = 2 + Math.floor(random() * 2);
  let name = '';
  for (let i = 0; i < syllables; i++) name += pick(random, SYLLABLES);
  // The index keeps every name, and so every title, distinct.
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}${index.toString(36).toUpperCase()}`;
}

function makeTitle(random: () => number, index: number): string {
  const name = makeName(random, index);
  const title = `${name}: ${pick(random, ADJECTIVES)} ${pick(random, METHODS)} for ${pick(random, TASKS)}`;
  const roll = random();
  if (roll < 0.04) return `${title} with ${pick(random, ACCENTED)} Bridges`;
  if (roll < 0.07) return `${title} via ${pick(random, NON_LATIN)}`;
  return title;
}

function makeSentence(random: () => number): string {
  const percent = (random() * 20).toFixed(1);
  const forms = [
    () => `We show that ${pick(random, SUBJECTS)} ${pick(random, VERBS)} training on ${pick(random, DATASETS)} by ${percent}\\% over strong baselines.`,
    () => `Our method is \\textit{simple} and \\textbf{general}, and it runs ${(1 + random() * 9).toFixed(1)}times faster than prior work.`,
    () => `The cost grows as $O(n \\log n)$ instead of $O(n^2)$ in the sequence length~--~a key property at scale.`,
    () => `Experiments on ${pick(random, DATASETS)} and ${pick(random, DATASETS)} confirm that ${pick(random, SUBJECTS)} benefit from the approach.`,
    () => `Unlike earlier ${pick(random, SUBJECTS)}, the model needs no extra labels --- only raw data.`,
    () => `We release a benchmark of ${Math.floor(random() * 900 + 100)}K examples to study ${pick(random, SUBJECTS)}.`,
  ];
  return pick(random, forms)();
}

function makeAbstract(random: () => number, name: string): string {
  const sentences = 5 + Math.floor(random() * 6);
  const parts = [`We introduce ${name}, a method for ${pick(random, SUBJECTS)}.`];
  for (let i = 1; i < sentences; i++) parts.push(makeSentence(random));

  const roll = random();
  const slug = name.toLowerCase();
  if (roll < 0.5) parts.push(`Code is available at https://github.com/example-lab/${slug}.`);
  else if (roll < 0.6) parts.push(`Models are at https://huggingface.co/example-lab/${slug} (see the card).`);
  return parts.join(' ');
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function chromeLines(date: string, random: () => number): string[] {
  const month = new Date(`${date}T00:00:00Z`).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  const day = Number(date.slice(8, 10));
  return ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community', `${month} ${day}`, ...(random() < 0.3 ? ['Submitted by someone'] : [])];
}

/**
 * Generates `papers` distinct papers as dumps of `perDay` papers per listing day, with page chrome, TeX leftovers,
 * URLs, accented and non-Latin titles, and on about one day in five an exact repeat of a paper from an earlier day.
 */
export function generateCorpus(options: CorpusOptions): GeneratedDump[] {
  const random = createRandom(options.seed);
  const firstDay = options.firstDay ?? '2023-01-02';
  const dumps: GeneratedDump[] = [];
  const written: Array<{ title: string; abstract: string }> = [];

  for (let start = 0, dayIndex = 0; start < options.papers; start += options.perDay, dayIndex++) {
    const date = addDays(firstDay, dayIndex);
    const blocks = chromeLines(date, random);

    const end = Math.min(start + options.perDay, options.papers);
    for (let index = start; index < end; index++) {
      const title = makeTitle(random, index);
      const abstract = makeAbstract(random, title.slice(0, title.indexOf(':')));
      written.push({ title, abstract });
      blocks.push(title, abstract);
    }
    if (dayIndex > 0 && random() < 0.2) {
      const repeat = pick(random, written.slice(0, start));
      blocks.push(repeat.title, repeat.abstract);
    }

    dumps.push({ fileName: `${date}.txt`, text: `${blocks.join('\n\n')}\n` });
  }
  return dumps;
}
