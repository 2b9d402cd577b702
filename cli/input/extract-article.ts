import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceInput } from '../../src/types.js';
import { detectBoilerplate } from '../../src/segment/detect-boilerplate.js';
import { UserError } from '../errors.js';
import furniture from './page-furniture.json' with { type: 'json' };

const FURNITURE = new Set(furniture.words);

type Dom = ReturnType<typeof parseHTML>['document'];

/** Block elements whose text is one paragraph of the article. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/**
 * Least story a page must hold, once link-only blocks and site furniture are
 * set aside: ten words, or sixty letters for scripts written without spaces.
 * Below it the page is a home page, a section front, a login or error page, a
 * paywall, or an app that builds its text with JavaScript: not an article to compare.
 */
const MIN_ARTICLE_WORDS = 10;
const MIN_ARTICLE_LETTERS = 60;

/**
 * The article of a web page: Mozilla Readability (Firefox Reader View) over a
 * linkedom DOM finds the main content, leaving out navigation, scripts, styles,
 * sidebars, comments and footers; its block elements become paragraphs. The page
 * title is kept as the title. Falls back to the page's paragraphs when Readability
 * finds no article.
 */
export function extractArticle(html: string, url: string | null, name: string = url ?? 'page'): Omit<SourceInput, 'label' | 'origin'> {
  const document = parsePage(html);
  // Titles are read before Readability, which rewrites the DOM it reads.
  const pageTitle = (document.querySelector('title')?.textContent ?? '').trim();
  const pageHeadline = headline(document);
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    removeFurniture(document);
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  // No article: fall back to the paragraphs of the page as it came (parsed again: Readability has rewritten this copy).
  const root = article?.content ? parseHTML(`<html><body>${article.content}</body></html>`).document.body : parsePage(html).body;
  if (!root) throw new UserError(`${name}: no article text found in the page`);
  for (const el of root.querySelectorAll('script, style, noscript, template, nav, footer, aside, form, iframe, svg')) el.remove();
  // A line break separates words ("…here<br>Second…"); textContent would glue them.
  for (const br of root.querySelectorAll('br')) br.replaceWith(root.ownerDocument.createTextNode('\n'));
  const paragraphs: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> inside <li>) are read once, at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    // A block that is nothing but links is a list of headlines, a menu or a "go to the home page": not prose.
    if (linkOnly(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const text = (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
    if (text) paragraphs.push(...text.split(/\n\s*\n/).map((t: string) => t.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  if (paragraphs.length === 0) throw new UserError(`${name}: no article text found in the page`);
  const story = paragraphs.filter((p) => detectBoilerplate(p) === null).join(' ');
  const words = story.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const letters = (story.match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (words < MIN_ARTICLE_WORDS && letters < MIN_ARTICLE_LETTERS) {
    throw new UserError(`${name}: no article found in the page (only ${words} word${words === 1 ? '' : 's'} of text outside links and site furniture; a home page, an error or login page, a paywall, or a page built by JavaScript?)`);
  }
  const title = pageHeadline ?? ((article?.title ?? '').trim() || pageTitle || null);
  // A heading identical to the title is the title, not a paragraph of the story.
  if (title && paragraphs[0] === title) paragraphs.shift();
  return { text: paragraphs.join('\n\n'), title };
}

/**
 * The page as a DOM. A fragment or a text with no <html> element (a page cut
 * short, text sent as HTML) is wrapped in one: linkedom gives such input no
 * documentElement, and Readability and querySelector need one.
 */
function parsePage(html: string): Dom {
  if (/<html[\s>]/i.test(html)) {
    const { document } = parseHTML(html);
    if (document.documentElement && document.body) return document;
  }
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/** Is all of an element's text inside links? */
function linkOnly(el: Element | ReturnType<Dom['querySelector']>): boolean {
  if (!el) return false;
  const all = (el.textContent ?? '').replace(/[\s\p{P}\p{S}]+/gu, '');
  if (!all) return false;
  const linked = [...el.querySelectorAll('a')].map((a) => (a.textContent ?? '').replace(/[\s\p{P}\p{S}]+/gu, '')).join('');
  return linked.length >= all.length;
}

/** Does a class or id name mark page furniture? Whole words, or parts split at - and _ ("ad-slot", "post-tags", "sd-sharing"). */
function isFurnitureName(name: string): boolean {
  const lower = name.toLowerCase();
  return FURNITURE.has(lower) || lower.split(/[-_]+/).some((part) => FURNITURE.has(part));
}

/** Attributes whose values name what a block is: class and id, and the component names of React/AMP-era templates. */
const NAMING_ATTRIBUTES = ['class', 'id', 'data-component', 'data-testid', 'data-module'];

/**
 * Elements that are never the story whatever their names: photo figures and
 * captions (they describe a picture, and repeat "Image source, …" credits),
 * AMP's ad, analytics, consent, sidebar and share elements, and consent or
 * sign-up dialogs.
 */
const FURNITURE_TAGS = new Set([
  'figure', 'figcaption', 'picture',
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-analytics', 'amp-pixel', 'amp-consent', 'amp-sidebar', 'amp-social-share', 'amp-iframe', 'amp-geo',
]);
const FURNITURE_ROLES = new Set(['dialog', 'alertdialog']);

/**
 * Removes ad slots, share bars, tag lists, bylines, author boxes, captions,
 * comment forms and the like that sit inside an article's container, where
 * Readability keeps them. Never removes the article itself or anything that
 * holds it. One pass over the elements (selectors compiled once), so a page of
 * thousands of comments stays fast.
 */
function removeFurniture(doc: Dom): void {
  // The article and everything that holds it are kept.
  const kept = new Set<unknown>();
  for (const el of doc.querySelectorAll('main, article, [itemprop="articleBody"]')) {
    for (let node: typeof el | null = el; node && !kept.has(node); node = node.parentElement) kept.add(node);
  }
  for (const el of [...doc.querySelectorAll('*')]) {
    if (kept.has(el) || !el.isConnected) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body') continue;
    if (FURNITURE_TAGS.has(tag) || FURNITURE_ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true') {
      el.remove();
      continue;
    }
    const names = NAMING_ATTRIBUTES.flatMap((a) => (el.getAttribute(a) ?? '').split(/\s+/)).filter(Boolean);
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
