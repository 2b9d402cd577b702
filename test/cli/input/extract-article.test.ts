import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../cli/errors.js';
import { extractArticle } from '../../../cli/input/extract-article.js';

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const page = (name: string) => readFileSync(`${PAGES}${name}`, 'utf8');

describe('extractArticle on saved pages', () => {
  it('keeps a news site story and its headline, and none of the furniture around and inside it', () => {
    const { title, text } = extractArticle(page('news-site.html'), null);
    expect(title).toBe('Two cables snapped on Tamar bridge, inspectors say');
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]).toMatch(/^Two of the main suspension cables on the Tamar bridge snapped/);
    expect(paragraphs[3]).toContain('"serious disruption"');
    for (const furniture of [
      'cookies', 'Subscribe', 'Search the Courier', 'Cheap flights', 'Advertisement', 'Sponsored', 'Read more', 'Ferry fares',
      'Sign up for our newsletter', 'thoughts on', 'Dave from Saltash', 'Leave a Reply', 'Post Comment', 'Most read', 'Win a luxury weekend',
      'Privacy policy', 'All rights reserved', 'TRACKER-SCRIPT-TEXT', 'late-script-text', 'FOOTER-SCRIPT-TEXT', '.ad-slot', 'Share on', 'Tags:',
    ]) expect(text).not.toContain(furniture);
  });

  it('keeps a WordPress post and its headline without the site name, share bar, related posts, comment form or widgets', () => {
    const { title, text } = extractArticle(page('wordpress-blog.html'), 'https://defencenotes.example/austin-gallant/');
    expect(title).toBe('Austin presses Gallant on Gaza aid at Pentagon meeting');
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[1]).toBe('"Gaza is suffering a humanitarian catastrophe," Austin said at the start of the meeting at the Pentagon, adding that the number of civilian casualties was far too high.');
    for (const furniture of [
      'Skip to the content', 'Defence Notes', 'Middle East', 'No Comments', 'Share this', 'Like this', 'Like Loading', 'Related', 'NATO summit',
      'Tags:', 'Leave a Reply', 'Cancel reply', 'Your email address will not be published', 'Save my name', 'Recent Posts', 'Archives',
      'Powered by WordPress', 'To the top', '_wpemojiSettings', 'WORDPRESS_FOOTER_SCRIPT', 'wp-block-button',
    ]) expect(text).not.toContain(furniture);
  });

  it('keeps a broadcaster story without its consent dialog, byline block, photo caption and credit, ad, related links, follow-us line or topics', () => {
    const { title, text } = extractArticle(page('broadcaster.html'), null);
    expect(title).toBe('Harbour fire: Crews tackle blaze at Falmouth boatyard');
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(/^Firefighters spent the night at a boatyard in Falmouth/);
    expect(paragraphs[6]).toMatch(/^The owner of the boatyard, Jory Trevail/);
    for (const furniture of [
      'privacy', 'partners', 'I agree', 'Skip to content', 'Watch live', 'Local News', 'Tamsin Rowe', 'Image source', 'Image caption', 'Smoke could be seen',
      'Share', 'Advertisement', 'More on this story', 'Boatyard fire in Penryn', 'Follow Coastline', 'Related topics', 'newsletter', 'Top stories', 'Features',
      'Terms of Use', 'external sites', 'INITIAL-STATE-TEXT', 'FOOTER-BOOT-TEXT', 'NewsArticle',
    ]) expect(text).not.toContain(furniture);
  });

  it('keeps an AMP story without amp-ad, analytics, consent, sidebar, share buttons or the photo caption', () => {
    const { title, text } = extractArticle(page('amp-story.html'), 'https://northernpost.example/amp/leeds-tram-line');
    expect(title).toBe('Council approves new tram line for Leeds');
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^Leeds City Council has approved plans for a new tram line/);
    for (const furniture of ['Advertisement', 'G-AMPANALYTICS', 'cookies', 'Menu', "What's On", 'Priya Shah', 'artist', 'Related', 'Bus fares', 'Northern Post']) expect(text).not.toContain(furniture);
  });

  it('keeps a table-layout page whose story is text between <br> tags, with the headline of two <h1>s that the title names', () => {
    const { title, text } = extractArticle(page('legacy-news.html'), null);
    expect(title).toBe('Dam inspection finds cracks in spillway');
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^State engineers found several cracks in the concrete spillway/);
    expect(paragraphs.at(-1)).toMatch(/^The Millbrook Dam was built in 1937/);
    // "READ MORE: …" stays as text here; the engine sets it aside as boilerplate.
    expect(paragraphs.filter((p) => !/^READ MORE/.test(p))).toHaveLength(6);
    for (const furniture of ['Valley Gazette', 'Obituaries', 'Weather', 'Most Popular', 'Posted', 'Advertisement', 'Print this story', 'riverrat', 'MillbrookMom', 'LEGACY-WRITE-TEXT', 'All rights reserved']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('keeps a blog post and not its long reader comments, author box or comment form', () => {
    const { title, text } = extractArticle(page('blog-long-comments.html'), null);
    expect(title).toBe('Why our town library is closing on Sundays');
    expect(text.split('\n\n')).toHaveLength(4);
    for (const furniture of ['grandchildren', 'overtime', 'survey', 'Melbury', 'Ellen has written', 'Leave a Reply', 'Recent Posts', '4 Comments', 'Skip to the content', 'EMOJI-SCRIPT-TEXT']) {
      expect(text).not.toContain(furniture);
    }
  });

  it.each([
    ['a home page of headline links', '<html><head><title>The Courier - News</title></head><body><nav><a href="/">Home</a></nav><main><ul><li><a href="/1">Two cables snapped on Tamar bridge, inspectors say</a></li><li><a href="/2">Council tax to rise by five per cent next year</a></li></ul><div class="card"><h3><a href="/3">Argyle sign striker on two-year deal</a></h3></div></main><footer><p>&copy; 2024 Courier. All rights reserved.</p></footer></body></html>'],
    ['a login page', '<!doctype html><html><head><title>Sign in</title></head><body><main><h1>Sign in</h1><form><label>Email <input></label><button>Sign in</button></form><p><a href="/forgot">Forgot your password?</a></p></main></body></html>'],
    ['an error page served with 200', '<!doctype html><html><head><title>Page not found</title></head><body><main><h1>Sorry, we can\'t find that page</h1><p>It may have been moved or deleted.</p><p><a href="/">Go to the home page</a></p></main></body></html>'],
    ['a paywalled teaser', '<!doctype html><html><head><title>Budget row | Ledger</title></head><body><article><h1>Budget row</h1><p>The minister faced fresh criticism on Monday.</p><div class="paywall"><p>Subscribe to continue reading.</p></div></article></body></html>'],
    ['an app shell', '<!doctype html><html><head><title>Loading</title><script src="/app.js"></script></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>'],
  ])('refuses %s in one line: no article to compare', (_, html) => {
    let message = '';
    try {
      extractArticle(html, 'https://x.example/p');
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/^https:\/\/x\.example\/p: no article/);
    expect(message).not.toContain('\n');
  });

  it('keeps words apart across <br>, and reads a fragment or a text with no <html> element', () => {
    expect(extractArticle('<html><body><article><p>The first sentence of the story ends here<br>The second one follows on the next line.</p></article></body></html>', null).text).toBe(
      'The first sentence of the story ends here The second one follows on the next line.',
    );
    expect(extractArticle('<p>A fragment of a page that has no html element but does have enough words.</p>', null).text).toBe('A fragment of a page that has no html element but does have enough words.');
    expect(extractArticle('plain words sent as a page, with no markup at all, still long enough to read', null).text).toBe('plain words sent as a page, with no markup at all, still long enough to read');
  });

  it('keeps the paragraphs of a bare page that Readability finds too short to be an article', () => {
    const { title, text } = extractArticle('<html><head><title>Note</title></head><body><p>The council met on Monday.</p><p>It voted to close the bridge.</p><script>x()</script></body></html>', null);
    expect(title).toBe('Note');
    expect(text).toBe('The council met on Monday.\n\nIt voted to close the bridge.');
  });

  it('shows markup in article text as text, never as tags, and decodes entities once', () => {
    const { text } = extractArticle('<html><body><article><p>He typed &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; left.</p><p>Second paragraph of the story here.</p></article></body></html>', null);
    expect(text).toContain('He typed <script>alert(1)</script> &amp; left.');
  });

  it('says so in one line when a page has no text at all', () => {
    expect(() => extractArticle('<html><body><script>only()</script><nav><a href="/">Home</a></nav></body></html>', 'https://x.example/')).toThrow(UserError);
  });
});
