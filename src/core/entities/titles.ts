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

/**
 * Words for what a person is or does that news writes in lower case right
 * before the name, in apposition: `city engineer Liis Tamm`, `his wife
 * Anna`, `photographer Mart Kask`. Whatever the capitals suggest, the name
 * after one is a person's.
 */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'engineer', 'teacher', 'worker', 'farmer', 'driver', 'pilot', 'nurse', 'lawyer', 'attorney', 'architect',
  'photographer', 'reporter', 'journalist', 'correspondent', 'editor', 'columnist', 'scientist', 'researcher',
  'professor', 'student', 'resident', 'owner', 'official', 'activist', 'campaigner', 'artist', 'writer', 'author',
  'novelist', 'poet', 'historian', 'curator', 'designer', 'fisherman', 'sailor', 'soldier', 'councillor', 'councilor',
  'entrepreneur', 'investor', 'economist', 'analyst', 'chef', 'singer', 'actor', 'actress', 'musician', 'composer',
  'footballer', 'striker', 'goalkeeper', 'coach', 'athlete', 'cyclist', 'surgeon', 'physician', 'paramedic',
  'firefighter', 'prosecutor', 'lawmaker', 'legislator', 'politician', 'diplomat', 'negotiator', 'spokesman',
  'spokeswoman', 'spokesperson', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'grandmother', 'grandfather', 'widow', 'widower', 'neighbour', 'neighbor', 'colleague', 'inspector', 'mayor',
]);

/** Whether `word`, exactly as written, is a role in lower case standing before a person's name. */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word);
}

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}

/** Words that end an organisation's or office's name: a person's own name follows them (`… European Affairs Janos Boka`). */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['affairs', 'ministry', 'department', 'office', 'council', 'agency', 'committee', 'commission', 'bureau', 'service', 'union', 'party', 'government', 'administration', 'court', 'bank']);

export function isOfficeWord(word: string): boolean {
  return OFFICE_WORDS.has(word.toLowerCase());
}

/**
 * A person's mention without the title and office words the tagger left at
 * its front (`Affairs Janos Boka` → `Janos Boka`); the mention itself when
 * there are none, or when nothing would be left.
 */
export function withoutOfficeWords<M extends { start: number; end: number; text: string }>(mention: M): M {
  const words = mention.text.split(' ');
  let first = 0;
  while (first < words.length - 1 && (isTitleWord(words[first]!) || isOfficeWord(words[first]!))) first++;
  if (first === 0) return mention;
  const dropped = words.slice(0, first).join(' ').length + 1;
  return { ...mention, start: mention.start + dropped, text: mention.text.slice(dropped) };
}
