import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One ECB+ article: its topic, its event cluster (topic + ecb|ecbplus), and its sentences. */
export interface EvalArticle {
  topic: string;
  event: string;
  sentences: string[];
}

/**
 * The articles of ../shared/eval/ecbplus-dev (one sentence per line; line 0 of
 * *ecbplus files is the source URL), in a stable order, or null when the folder
 * is absent (a fresh clone has no ../shared). Read at run time, never copied.
 */
export function readEvalArticles(dir: string): EvalArticle[] | null {
  if (!existsSync(dir)) return null;
  const topics = readdirSync(dir)
    .filter((t) => statSync(join(dir, t)).isDirectory())
    .sort((p, q) => Number(p) - Number(q) || p.localeCompare(q));
  const articles: EvalArticle[] = [];
  for (const topic of topics) {
    const files = readdirSync(join(dir, topic))
      .filter((f) => f.endsWith('.txt'))
      .sort((p, q) => p.localeCompare(q, 'en', { numeric: true }));
    for (const file of files) {
      const sentences = readFileSync(join(dir, topic, file), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^https?:\/\//.test(l));
      const event = `${topic}${file.includes('ecbplus') ? '+' : ''}`;
      if (sentences.length > 0) articles.push({ topic, event, sentences });
    }
  }
  return articles;
}

/** Distinct sentences of four words or more, in article order: the pool the large inputs are built from. */
export function sentencePool(articles: EvalArticle[]): string[] {
  const seen = new Set<string>();
  const pool: string[] = [];
  for (const a of articles) {
    for (const s of a.sentences) {
      if (s.split(' ').length < 4 || seen.has(s)) continue;
      seen.add(s);
      pool.push(s);
    }
  }
  return pool;
}
