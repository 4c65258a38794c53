/**
 * Words that make up a person's title when they stand before the name
 * (`President`, `Defense Minister`, `Chief Executive Officer`). A mention
 * never starts with them; they become the mention's role. Compared in lower case.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'deputy', 'foreign', 'defense', 'defence', 'finance',
  'interior', 'justice', 'home', 'state', 'general', 'attorney', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'rev.', 'reverend', 'father', 'sister',
  'senator', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep.', 'governor', 'gov.', 'mayor',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'chief',
  'executive', 'officer', 'operating', 'financial', 'ceo', 'cfo', 'coo', 'director', 'managing', 'founder',
  'co-founder', 'leader', 'speaker', 'judge', 'commissioner', 'inspector', 'detective', 'sheriff',
  'gen.', 'admiral', 'colonel', 'col.', 'major', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant',
  'sgt.', 'commander', 'marshal', 'dr.', 'doctor', 'professor', 'prof.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms',
  'dr', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'ayatollah', 'analyst', 'economist', 'coach', 'manager', 'head',
  'senior', 'former', 'acting', 'interim', 'first', 'supreme', 'crown', 'presidential', 'aide', 'adviser',
  'advisor', 'secretary-general', 'director-general', 'commander-in-chief', 'treasurer', 'auditor', 'controller', 'comptroller', 'economy', 'trade', 'energy', 'health',
  'education', 'transport', 'labor', 'labour', 'agriculture', 'commerce', 'culture', 'environment', 'industry',
  'emergency', 'situations', 'security', 'national', 'press', 'communications', 'vp', 'evp', 'svp', 'fisheries',
  'tourism', 'housing', 'infrastructure', 'veterans', 'immigration', 'climate', 'science', 'cabinet',
]);

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}
