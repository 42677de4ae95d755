import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Hashes the bytes and paths of every file under the given paths (relative to the working directory) with `settings`,
 * so that equal inputs give equal fingerprints and any change of a file gives a new one. Files are only read, never
 * parsed, and paths that do not exist are skipped.
 */
export function fingerprintInputs(paths: readonly string[], settings: string): string {
  const hash = createHash('sha256').update(settings);
  for (const [index, path] of paths.entries()) {
    let files: string[];
    try {
      files = statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((file) => join(path, file)) : [path];
    } catch {
      continue;
    }
    // Paths enter the hash relative to their input, so the same dumps in another folder give the same id.
    for (const file of files.toSorted()) {
      if (!statSync(file).isFile()) continue;
      hash.update(`${index}:${relative(path, file)}`).update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
