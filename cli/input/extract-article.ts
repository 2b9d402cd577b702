import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceInput } from '../../src/types.js';
import { UserError } from '../errors.js';
import furniture from './page-furniture.json' with { type: 'json' };

const FURNITURE = new Set(furniture.words);

type Dom = ReturnType<typeof parseHTML>['document'];

/** Block elements whose text is one paragraph of the article. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/**
 * The article of a web page: Mozilla Readability (Firefox Reader View) over a
 * linkedom DOM finds the main content, leaving out navigation, scripts, styles,
 * sidebars, comments and footers; its block elements become paragraphs. The page
 * title is kept as the title. Falls back to the page's paragraphs when Readability
 * finds no article.
 */
export function extractArticle(html: string, url: string | null, name: string = url ?? 'page'): Omit<SourceInput, 'label' | 'origin'> {
  const { document } = parseHTML(html);
  const pageTitle = (document.querySelector('title')?.textContent ?? '').trim();
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    // Readability mutates the DOM it reads; give it its own copy.
    const copy = parseHTML(html).document;
    removeFurniture(copy);
    article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const root = article?.content ? parseHTML(`<html><body>${article.content}</body></html>`).document.body : document.body;
  if (!root) throw new UserError(`${name}: no article text found in the page`);
  for (const el of root.querySelectorAll('script, style, noscript, template, nav, footer, aside, form, iframe, svg')) el.remove();
  const paragraphs: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> inside <li>) are read once, at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const text = (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
    if (text) paragraphs.push(...text.split(/\n\s*\n/).map((t: string) => t.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  if (paragraphs.length === 0) throw new UserError(`${name}: no article text found in the page`);
  const title = headline(document) ?? ((article?.title ?? '').trim() || pageTitle || null);
  // A heading identical to the title is the title, not a paragraph of the story.
  if (title && paragraphs[0] === title) paragraphs.shift();
  return { text: paragraphs.join('\n\n'), title };
}

/** Does a class or id name mark page furniture? Whole words, or parts split at - and _ ("ad-slot", "post-tags", "sd-sharing"). */
function isFurnitureName(name: string): boolean {
  const lower = name.toLowerCase();
  return FURNITURE.has(lower) || lower.split(/[-_]+/).some((part) => FURNITURE.has(part));
}

/**
 * Removes ad slots, share bars, tag lists, comment forms and the like that
 * sit inside an article's container, where Readability keeps them. Never
 * removes the article itself or anything that holds it.
 */
function removeFurniture(doc: Dom): void {
  const KEEP = 'html, body, main, article, [itemprop="articleBody"]';
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    if (!el.isConnected || el.matches(KEEP) || el.querySelector(KEEP)) continue;
    const names = [...(el.getAttribute('class') ?? '').split(/\s+/), el.getAttribute('id') ?? ''].filter(Boolean);
    if (names.some(isFurnitureName)) el.remove();
  }
}

/**
 * The story's headline: the page's single <h1> when the <title> carries it (the
 * title usually adds the site name: "Headline – Site"), else null.
 */
function headline(document: Dom): string | null {
  const h1s = document.querySelectorAll('h1');
  if (h1s.length !== 1) return null;
  const text = (h1s[0].textContent ?? '').replace(/\s+/g, ' ').trim();
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && title.includes(text) ? text : null;
}
