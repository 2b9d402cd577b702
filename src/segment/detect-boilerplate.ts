import data from './boilerplate.json' with { type: 'json' };

const RULES = data.rules.map((rule) => ({ reason: rule.reason, pattern: new RegExp(rule.pattern, 'iu') }));

/**
 * Why a sentence is site furniture rather than part of the story ("boilerplate",
 * "byline", "credit"), or null when it is content. Only short sentences can be
 * furniture, so a real sentence that happens to contain "share" is never dropped.
 */
export function detectBoilerplate(sentence: string): string | null {
  const text = sentence.trim().replace(/[\s.!:|»›>→-]+$/u, '');
  if (text.split(/\s+/).length > data.maxWords) return null;
  for (const rule of RULES) {
    if (rule.pattern.test(text)) return rule.reason;
  }
  return null;
}
