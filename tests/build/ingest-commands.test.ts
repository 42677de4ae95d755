import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const run = promisify(execFile);
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/ingest');

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <script> -- <args>` the way a user does, with SEEDS_DIR pointing at a temporary folder. */
async function npmRun(script: string, args: readonly string[], seedsDir: string): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, SEEDS_DIR: seedsDir } });
    return { code: 0, stdout, stderr };
  } catch (error: unknown) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

let workDir: string;
let seedsDir: string;
let initialFiles: string[];

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'papers-commands-'));
  seedsDir = join(workDir, 'seeds');
  mkdirSync(seedsDir);
  cpSync(join(PROJECT_ROOT, 'seeds'), seedsDir, { recursive: true });
  initialFiles = readdirSync(seedsDir).toSorted();
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('npm run check', () => {
  it('validates the seeds and prints the summary', async () => {
    const result = await npmRun('check', [], seedsDir);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Read 1 dump: 18 papers, 0 listed on several days, 1 warning.');
    expect(result.stderr).toMatch(/^warning 000_e31f78e9c865794f\.txt:1: left out 5 lines of page chrome/m);
  });

  it('fails with the build message on a bad dump', async () => {
    cpSync(join(FIXTURES, 'bad-date', 'dump.txt'), join(seedsDir, 'dump.txt'));
    const result = await npmRun('check', [], seedsDir);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error dump.txt:1: no listing date found. The date line "Mar 12" has no year.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    ['an empty dump', 'empty.txt', '', /error empty\.txt: the file is empty, so it lists no paper\./, 'the dump named above'],
    ['a whitespace-only dump', 'blank.txt', '\n \n\t\n', /error blank\.txt: the file is empty \(it holds only whitespace\)/, 'the dump named above'],
    ['a paper without an abstract', 'lost.txt', 'Mar 11, 2025\n\nTitle One\n\nLarge language models do well, but reasoning stays brittle\n\nTitle Two\n\nAbstract two. Ends.\n', /error lost\.txt:5: "Large language models do well, but reasoning stays brittle" reads as a title/, 'the dump named above'],
    ['a malformed topics.json', 'topics.json', '{ "topics": [', /error topics\.json: the file is not valid JSON/, 'topics.json in the seeds folder'],
    ['a topics.json of the wrong shape', 'topics.json', '{ "topics": [] }', /error topics\.json: the "topics" array is empty\./, 'topics.json in the seeds folder'],
    ['a malformed seeds.json', 'seeds.json', '{', /error seeds\.json: the file is not valid JSON/, 'seeds.json in the seeds folder'],
  ])('rejects %s and names what to fix', async (_name, file, text, message, target) => {
    writeFileSync(join(seedsDir, file), text);
    const result = await npmRun('check', [], seedsDir);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(`The build would stop here. Fix ${target} (SEEDS_DIR=`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('lists every bad dump in one run', async () => {
    writeFileSync(join(seedsDir, '2025-03-12.txt'), '');
    writeFileSync(join(seedsDir, '2025-13-01.txt'), 'A Title\n\nAn abstract.\n');
    cpSync(join(FIXTURES, 'bad-date', 'dump.txt'), join(seedsDir, 'dump.txt'));
    const result = await npmRun('check', [], seedsDir);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error 2025-03-12\.txt: the file is empty/m);
    expect(result.stderr).toMatch(/^error 2025-13-01\.txt/m);
    expect(result.stderr).toMatch(/^error dump\.txt:1: no listing date found/m);
    expect(result.stderr).toContain('The build would stop here. Fix the dumps named above (SEEDS_DIR=');
  });

  it('names the seeds folder when it has no dump', async () => {
    const emptyFolder = join(workDir, 'empty-seeds');
    mkdirSync(emptyFolder);
    const result = await npmRun('check', [], emptyFolder);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the seeds folder contains no .txt dumps');
    expect(result.stderr).toContain('Fix the seeds folder (SEEDS_DIR=');
  });

  it.each([['--frce'], ['extra.txt'], ['--date=2025-03-11']])('prints the usage line for the argument %s', async (argument) => {
    const result = await npmRun('check', [argument], seedsDir);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Usage: [SEEDS_DIR=<folder>] npm run check');
    expect(result.stderr).not.toMatch(/^\s+at |ERR_PARSE_ARGS/m);
  });
});

describe('npm run add', () => {
  it.each([
    ['an unknown option', ['f.txt', '--frce']],
    ['a missing date value', ['f.txt', '--date']],
    ['a value for --force', ['f.txt', '--force=yes']],
  ])('prints the usage line for %s', async (_name, args) => {
    const result = await npmRun('add', args, seedsDir);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error .+\.\nUsage: npm run add -- <file> \[--date YYYY-MM-DD\] \[--force\]$/m);
    expect(result.stderr).not.toMatch(/^\s+at |ERR_PARSE_ARGS/m);
    expect(readdirSync(seedsDir).toSorted()).toEqual(initialFiles);
  });

  it('rejects an empty dump and adds nothing', async () => {
    const path = join(workDir, '2025-03-12.txt');
    writeFileSync(path, '  \n\n');
    const result = await npmRun('add', [path], seedsDir);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error 2025-03-12.txt: the file is empty (it holds only whitespace)');
    expect(result.stderr).toContain('Nothing was added.');
    expect(readdirSync(seedsDir).toSorted()).toEqual(initialFiles);
  });

  it('counts one paper in the singular', async () => {
    const path = join(workDir, 'one.txt');
    writeFileSync(path, 'March 12, 2025\n\nA Single New Paper\n\nIts abstract.\n');
    const result = await npmRun('add', [path], seedsDir);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(listing of 2025-03-12): 1 paper, 1 new, 0 already known.');
  });

  const newDump = (): string => {
    const path = join(workDir, 'new.txt');
    const known = 'Metadata Conditioning Accelerates Language Model Pre-training\n\nThe same paper, listed again.\n';
    writeFileSync(path, `March 12, 2025\n\nA Paper Nobody Listed Before\n\nAn abstract.\n\n${known}`);
    return path;
  };

  it('copies the dump under its listing date and counts new papers', async () => {
    const result = await npmRun('add', [newDump()], seedsDir);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(listing of 2025-03-12): 2 papers, 1 new, 1 already known.');
    expect(readdirSync(seedsDir)).toContain('2025-03-12.txt');
    expect(readFileSync(join(seedsDir, '2025-03-12.txt'), 'utf8')).toBe(readFileSync(join(workDir, 'new.txt'), 'utf8'));
    expect((await npmRun('check', [], seedsDir)).stdout).toContain('Read 2 dumps: 19 papers, 1 listed on several days');
  });

  it('never overwrites a dump without --force', async () => {
    writeFileSync(join(seedsDir, '2025-03-12.txt'), 'A Kept Title\n\nKept abstract.\n');
    const refused = await npmRun('add', [newDump()], seedsDir);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/2025-03-12\.txt already exists\. Pass --force to replace it with new\.txt\./);
    expect(readFileSync(join(seedsDir, '2025-03-12.txt'), 'utf8')).toBe('A Kept Title\n\nKept abstract.\n');

    const forced = await npmRun('add', [newDump(), '--force'], seedsDir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(seedsDir, '2025-03-12.txt'), 'utf8')).toContain('A Paper Nobody Listed Before');
  });

  it('asks for --date when the dump has no year', async () => {
    const path = join(workDir, 'undated.txt');
    writeFileSync(path, 'Mar 12\n\nA Title\n\nAn abstract.\n');

    const refused = await npmRun('add', [path], seedsDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Give it with --date');
    expect(readdirSync(seedsDir).toSorted()).toEqual(initialFiles);

    const dated = await npmRun('add', [path, '--date', '2025-03-12'], seedsDir);
    expect(dated.code).toBe(0);
    expect(readdirSync(seedsDir)).toContain('2025-03-12.txt');
  });

  it('rejects an invalid dump and adds nothing', async () => {
    const result = await npmRun('add', [join(FIXTURES, 'no-papers', '2025-03-10.txt')], seedsDir);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the file contains text but no paper');
    expect(result.stderr).toContain('Nothing was added.');
    expect(readdirSync(seedsDir).toSorted()).toEqual(initialFiles);
  });
});
