import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDump } from '../../src/lib/ingest/decode.ts';
import { parseDump } from '../../src/lib/ingest/parse-dump.ts';

const SEED_FILE = '000_e31f78e9c865794f.txt';
const seedBytes = readFileSync(join(import.meta.dirname, '../../seeds', SEED_FILE));
const seedLines = seedBytes.toString('utf8').split('\n');

/** The 18 title lines of the bundled dump, in order, as a reader sees them on the page. */
const BUNDLED_TITLES = [
  'Beyond Cosine Decay: On the effectiveness of Infinite Learning Rate Schedule for Continual Pre-training',
  'TokenUnify: Scalable Autoregressive Visual Pre-training with Mixture Token Prediction',
  'Sense Less, Generate More: Pre-training LiDAR Perception with Masked Autoencoders for Ultra-Efficient 3D Sensing',
  'Efficient Image Pre-Training with Siamese Cropped Masked Autoencoders',
  'Learning 3D Representations from 2D Pre-trained Models via Image-to-Point Masked Autoencoders',
  'Mimic before Reconstruct: Enhancing Masked Autoencoders with Feature Mimicking',
  'Stare at What You See: Masked Image Modeling without Reconstruction',
  'Scalable Video Object Segmentation with Simplified Framework',
  'NeRF-MAE: Masked AutoEncoders for Self-Supervised 3D Representation Learning for Neural Radiance Fields',
  'Position Prediction as an Effective Pretraining Strategy',
  'CLIP with Quality Captions: A Strong Pretraining for Vision Tasks',
  'ShapeSplat: A Large-scale Dataset of Gaussian Splats and Their Self-Supervised Pretraining',
  'Improving Adversarial Robustness of Masked Autoencoders via Test-time Frequency-domain Prompting',
  '1.5-Pints Technical Report: Pretraining in Days, Not Months -- Your Language Model Thrives on Quality Data',
  'Balancing Continuous Pre-Training and Instruction Fine-Tuning: Optimizing Instruction-Following in LLMs',
  'Towards Effective and Efficient Continual Pre-training of Large Language Models',
  'Efficient Continual Pre-training by Mitigating the Stability Gap',
  'Metadata Conditioning Accelerates Language Model Pre-training',
];

function parseBundled() {
  const { lines } = decodeDump(seedBytes, SEED_FILE);
  return parseDump(lines, SEED_FILE);
}

describe('parseDump on the bundled dump', () => {
  it('returns the 18 title lines as titles', () => {
    const { papers } = parseBundled();

    expect(papers.map((paper) => paper.title)).toEqual(BUNDLED_TITLES);
  });

  it('keeps every abstract whole', () => {
    const { papers } = parseBundled();

    for (const paper of papers) {
      const abstractLine = seedLines[paper.line + 1];
      expect(paper.paragraphs).toEqual([abstractLine]);
    }
  });

  it('keeps first and last sentences', () => {
    const [first] = parseBundled().papers;

    expect(first?.paragraphs[0]).toMatch(/^The ever-growing availability of unlabeled data presents/);
    expect(first?.paragraphs[0]).toMatch(/surpassing repeated cosine decay for both MAE pre-training and zero-shot LM benchmarks\.$/);
  });

  it('records the line of each title', () => {
    const { papers } = parseBundled();

    for (const paper of papers) expect(seedLines[paper.line - 1]).toBe(paper.title);
  });

  it('leaves the page chrome out', () => {
    const { papers, chrome } = parseBundled();
    const chromeTexts = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community', 'Mar 11'];
    const paperTexts = papers.flatMap((paper) => [paper.title, ...paper.paragraphs]);

    expect(chrome.map((line) => line.text)).toEqual(chromeTexts);
    for (const text of chromeTexts) {
      expect(paperTexts.some((paperText) => paperText.includes(text) && paperText.length < 2 * text.length)).toBe(false);
    }
    expect(paperTexts.some((text) => /research community|email inbox/.test(text))).toBe(false);
  });
});
