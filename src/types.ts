/**
 * The storydiff data model. Every stage reads these shapes and returns new
 * ones; nothing here is mutated after it is built. The JSON contract
 * (`storydiff.comparison/v1`, DESIGN §4) is the `Comparison` type below.
 */

/** Version tag written into every comparison JSON; bump it with any breaking change. */
export const COMPARISON_SCHEMA = 'storydiff.comparison/v1' as const;

/** Source ids are A, B, C, … in the order the sources were given. */
export type SourceId = string;

/** How two sentences (or groups of sentences) relate. */
export type Relation = 'agreement' | 'partial' | 'conflict';

/** What `storydiff score` can say about a pair: a Relation, or nothing in common. */
export type PairRelation = Relation | 'unrelated';

/** An article as handed to the engine, before segmentation (the CLI builds these from files, stdin or URLs). */
export interface SourceInput {
  /** Display name (file name by default, or from --labels). */
  label: string;
  /** Where it came from: a path, "-" for stdin, or a URL. */
  origin: string;
  /** The article text, already decoded (the engine normalises line endings and BOM itself). */
  text: string;
  /** A title known from outside the text (an HTML <title>); null lets the segmenter detect a headline. */
  title?: string | null;
}

/** One sentence of a document. `text === document.text.slice(start, end)`. */
export interface Sentence {
  /** 0-based position of the sentence in its document. */
  index: number;
  /** The sentence exactly as it stands in the document text. */
  text: string;
  /** 0-based paragraph the sentence belongs to. */
  paragraph: number;
  /** Offset of the first character in `Document.text` (UTF-16 code units). */
  start: number;
  /** Offset one past the last character in `Document.text` (UTF-16 code units). */
  end: number;
}

/** A character range of `Document.text` that forms one paragraph. */
export interface Paragraph {
  /** Offset of the paragraph's first character (UTF-16 code units). */
  start: number;
  /** Offset one past the paragraph's last character. */
  end: number;
}

/** A segmented article. */
export interface Document {
  /** Source id: A, B, C, … */
  id: SourceId;
  /** Display name. */
  label: string;
  /** Path, "-" or URL the text came from. */
  origin: string;
  /** Headline, when the article starts with one (or the page title); else null. */
  title: string | null;
  /** The normalised article text that offsets refer to (LF line endings, no BOM, control characters removed). */
  text: string;
  /** Paragraph ranges, in order. */
  paragraphs: Paragraph[];
  /** Sentences, in order. */
  sentences: Sentence[];
}

/** Kind of a word-level token, as the tokenizer typed it. */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'other';

/** One token of a sentence, with what the scorer needs to know about it. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased form. */
  lower: string;
  /** Matching key: lemma stem for words, canonical digits for numbers. */
  key: string;
  /** Dictionary form (lower-case), used for synonym look-ups. */
  lemma: string;
  /** Token type. */
  kind: TokenKind;
  /** Universal part-of-speech tag (NOUN, VERB, PROPN, NUM, …). */
  pos: string;
  /** A function word that carries no claim (the, of, is, …). */
  stop: boolean;
  /** Falls inside the scope of a negation (not, never, no, n't). */
  negated: boolean;
  /** Offset in the sentence text. */
  start: number;
  /** Offset one past the end in the sentence text. */
  end: number;
}

/** A quantity mentioned in a sentence, normalised so "nine", "9" and "9.0" compare equal. */
export interface NumberMention {
  /** The words as written, e.g. "3.5 million", "nearly 100". */
  text: string;
  /** Numeric value (3500000 for "3.5 million"). */
  value: number;
  /** Hedge that makes the number approximate: about, nearly, more than, …; null when exact. */
  approx: string | null;
  /** Unit or counted noun that follows the number (metres, cables, people), lower-case lemma; a currency as its ISO code ("USD", "GBP"); "percent"; "age" for "37-year-old"; null if none. */
  unit: string | null;
  /** Upper end of a range ("50 to 60 people", "50-60"): the mention covers value..upper. Absent for a single value. */
  upper?: number;
  /** True when the number is a conversion in parentheses after another quantity ("150 m (492 ft)", "£10m ($12.5m)"): a restatement, never compared on its own. */
  conversion?: boolean;
  /** Offset in the sentence text. */
  start: number;
  /** Offset one past the end in the sentence text. */
  end: number;
}

/** A date or time expression. */
export interface DateMention {
  /** As written: "Monday", "Jan. 5", "7:41 p.m.". */
  text: string;
  /** Canonical form for comparison (e.g. "weekday:monday", "month:1 day:5", "time:19:41"). */
  canonical: string;
  /** Offset in the sentence text. */
  start: number;
  /** Offset one past the end in the sentence text. */
  end: number;
}

/** A run of proper-noun tokens: a person, place or organisation. */
export interface NameMention {
  /** As written: "Lloyd J. Austin". */
  text: string;
  /** Lower-case words without titles or possessives: ["lloyd", "j", "austin"]. */
  parts: string[];
  /** Offset in the sentence text. */
  start: number;
  /** Offset one past the end in the sentence text. */
  end: number;
}

/** A direct quotation inside a sentence. */
export interface QuoteMention {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Offset of the first quoted character in the sentence text. */
  start: number;
  /** Offset one past the last quoted character. */
  end: number;
}

/** Everything the scorer and the classifier know about one sentence. Built once, read many times. */
export interface SentenceFeatures {
  /** All tokens, in order. */
  tokens: Token[];
  /** Indices into `tokens` of content tokens (not stop words, not punctuation). */
  content: number[];
  /** Quantities. */
  numbers: NumberMention[];
  /** Dates and times. */
  dates: DateMention[];
  /** Proper-name runs. */
  names: NameMention[];
  /** Direct quotations. */
  quotes: QuoteMention[];
  /** Number of negation cues (not, no, never, n't, without). */
  negations: number;
  /** Speech or attribution verbs and phrases found ("said", "according to"), lower-case. */
  attributions: string[];
  /** Hedge words found ("reportedly", "allegedly"), lower-case. */
  hedges: string[];
}

/** A term-weighting table: how informative each matching key is within a comparison. */
export interface TermWeights {
  /** Weight of a key (higher = rarer = more informative). */
  weight(key: string): number;
}

/** One scored pair of sentence groups and why it scored so. */
export interface Evidence {
  /** Content words found on both sides (as written on the first side). */
  shared: string[];
  /** Word pairs that matched through their dictionary form or spelling variants: [left, right, kind]. */
  similar: Array<{ a: string; b: string; via: 'lemma' | 'synonym' | 'related' | 'fuzzy' }>;
  /** Names found on both sides. */
  names: string[];
  /** Numbers found on both sides. */
  numbers: string[];
  /** Feature values that went into the score, by name, for the curious reader. */
  features: Record<string, number>;
}

/** The outcome of scoring two sentence groups. */
export interface PairScore {
  /** Similarity in 0..1. */
  score: number;
  /** Share of the left side's content weight found on the right (0..1). */
  coverageA: number;
  /** Share of the right side's content weight found on the left (0..1). */
  coverageB: number;
  /** Why. */
  evidence: Evidence;
}

/** Kinds of checkable disagreement (DESIGN §2). */
export type ConflictKind = 'number' | 'date' | 'name' | 'negation' | 'quote' | 'attribution';

/** A checkable disagreement inside a match. */
export interface Conflict {
  /** What disagrees. */
  kind: ConflictKind;
  /** The value each source gives, keyed by source id (a source may be missing when it states nothing). */
  values: Record<SourceId, string>;
  /** One line a reader understands: "A says 5 cables, B says 7 cables". */
  explanation: string;
  /** For a misquote (kind "quote"): the word-level diff of the two quotations, first side vs second side. */
  diff?: Array<{ text: string; side: 'both' | 'a' | 'b' }>;
}

/** A softer difference worth showing but not counted as a conflict (tone, framing). */
export interface Note {
  /**
   * What kind of difference: 'characterisation' (the same event in different tone words) or
   * 'attribution' (the same claim stated as fact by one source and passed on as someone's
   * statement by the other: "X happened" vs "police said X happened"; values then read
   * "stated as fact" and "attributed: police said").
   */
  kind: 'characterisation' | 'attribution';
  /** The words each source uses, keyed by source id. */
  values: Record<SourceId, string>;
  /** One line a reader understands. */
  explanation: string;
}

/** The sentences one source contributes to a match or to a unique/ignored entry. */
export interface Member {
  /** Source id. */
  source: SourceId;
  /** 0-based sentence indices in that source, ascending. */
  sentences: number[];
}

/** A claim that two or more sources share. */
export interface Match {
  /** 0-based id, in output order. */
  id: number;
  /** How the sources relate on this claim. */
  relation: Relation;
  /** Similarity in 0..1 (for more than two sources, the weakest pairwise link). */
  score: number;
  /** Sentences per source, in source order. */
  members: Member[];
  /** Checkable disagreements (non-empty exactly when relation is "conflict"). */
  conflicts: Conflict[];
  /** Softer differences such as tone words. */
  notes: Note[];
  /** Why the sentences were matched. */
  evidence: Evidence;
}

/** Sentences of one source that no other source carries. */
export interface Unique {
  /** Source id. */
  source: SourceId;
  /** Sentence indices. */
  sentences: number[];
}

/** Sentences left out of the comparison, and why. */
export interface Ignored {
  /** Source id. */
  source: SourceId;
  /** Sentence indices. */
  sentences: number[];
  /** Why they were left out ("boilerplate", "byline", …). */
  reason: string;
}

/** Every parameter that shaped a comparison, echoed into its JSON. */
export interface Settings {
  /** Minimum pair score for two sentences to be matched. */
  threshold: number;
}

/** A source as it appears in the comparison JSON. */
export interface SourceRecord {
  /** A, B, C, … */
  id: SourceId;
  /** Display name. */
  label: string;
  /** Path, "-" or URL. */
  origin: string;
  /** Headline or page title, else null. */
  title: string | null;
  /** The article text as compared. */
  text: string;
  /** Sentences with offsets into `text`. */
  sentences: Sentence[];
}

/** The whole result: what every renderer reads (DESIGN §4). */
export interface Comparison {
  /** Always COMPARISON_SCHEMA. */
  schema: typeof COMPARISON_SCHEMA;
  /** Parameters used. */
  settings: Settings;
  /** The compared sources, in the order given. */
  sources: SourceRecord[];
  /** Shared claims. */
  matches: Match[];
  /** Sentences only one source carries, grouped per source in runs of adjacent sentences. */
  unique: Unique[];
  /** Boilerplate left out, with the reason. */
  ignored: Ignored[];
  /**
   * Differences that concern the story as a whole rather than one matched claim:
   * how each source characterises the exchange it reports ("candid and direct" vs
   * "cautious", "measured"), when the sentences that do so are not matched with each other.
   */
  notes: StoryNote[];
}

/** A difference between sources across the whole story; shown to the reader, never counted as a conflict. */
export interface StoryNote {
  /** 'characterisation': the sources describe the exchange they report in different tone words. */
  kind: 'characterisation';
  /** The sentences of each source that carry the difference (0-based indices), in source order. */
  members: Member[];
  /** The tone words each source uses, keyed by source id. */
  values: Record<SourceId, string>;
  /** One line a reader understands. */
  explanation: string;
}

/** Options of `compare`. */
export interface CompareOptions {
  /** Minimum pair score for a match (0..1). Defaults to DEFAULT_THRESHOLD. */
  threshold?: number;
  /** Called now and then during long comparisons: stage name and fraction done (0..1). */
  onProgress?: (stage: string, fraction: number) => void;
}

/** What `scorePair` returns for `storydiff score`. */
export interface ScoredPair {
  /** Similarity in 0..1. */
  score: number;
  /** agreement | partial | conflict | unrelated. */
  relation: PairRelation;
  /** Disagreements found (empty unless relation is conflict). */
  conflicts: Conflict[];
}
