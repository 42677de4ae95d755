import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total size in bytes and number of files below a folder. */
export function measureFolder(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
