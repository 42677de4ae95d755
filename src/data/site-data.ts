import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../lib/site/model.ts';

let cached: Promise<SiteModel> | undefined;

/** Loads the papers collection and builds the site model once per build; every page shares the result. */
export function getSiteModel(): Promise<SiteModel> {
  cached ??= getCollection('papers').then((entries) => buildSiteModel(entries.map((entry) => entry.data)));
  return cached;
}
