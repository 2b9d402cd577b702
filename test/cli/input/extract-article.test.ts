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
