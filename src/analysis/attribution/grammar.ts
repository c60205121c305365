/**
 * Closed-class words the attribution rules read a clause by: grammar, not
 * data (no user extends the auxiliaries of English).
 */

/** Words that open a content clause after its cue. */
export const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which', 'whom'])

/** Finite auxiliaries, copulas and modals: closed-class words of a clause. */
export const FINITE_AUXILIARIES = new Set(
  'is are was were am has have had does did do will would can could may might must shall should ’s ’re ’ve ’ll ’d \'s \'re \'ve \'ll \'d'.split(' ')
)

/**
 * Modals that make a cue hypothetical: "would argue", "may think", "might
 * claim" say what someone would or might say, not what anyone said.
 */
export const HYPOTHETICAL_MODALS = new Set(['would', 'could', 'may', 'might', 'can', '’d', "'d"])

/** Forms of "be" that make a participle passive ("is expected", "was believed"). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s'])

/** Words that open a subordinate clause ("While …, ", "When …, "). */
export const SUBORDINATORS = new Set(['while', 'when', 'whereas', 'although', 'though', 'because', 'since', 'if', 'unless', 'after', 'before', 'as', 'once', 'until'])

/** Prepositions whose object is never the subject of the cue after it. */
export const OBJECT_PREPOSITIONS = new Set(['from', 'of', 'for', 'to', 'in', 'on', 'at', 'about', 'against', 'among', 'into', 'over', 'under', 'between', 'toward', 'towards', 'like'])

/** Relative pronouns. */
export const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom'])

/** The articles. */
export const ARTICLES = new Set(['the', 'a', 'an'])

/** Possessive determiners: never a source alone ("His | surrogates"), the owner of a nominal cue ("over her remark that …"), a relation rather than a subject of its own ("its rival"). */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** Personal pronouns that are a clause's subject ("he said", "and she replied"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it'])

/** Adverbs without -ly that stand between a subject and its verb ("it further wrote", "and then said", "she later added"). */
const VERB_ADVERBS = new Set(['instead', 'also', 'further', 'then', 'later', 'still', 'even', 'again', 'now', 'often', 'never', 'soon'])

/** A lower-case adverb in -ly ("angrily", "reportedly"). */
export const ADVERB = /^[a-z]+ly$/

/** Whether a word is an adverb that may stand between a subject and its verb: one in -ly, or one of `VERB_ADVERBS` ("angrily", "further"). */
export function isVerbAdverb(token: {text: string; lower: string}): boolean {
  return ADVERB.test(token.text) || VERB_ADVERBS.has(token.lower)
}
