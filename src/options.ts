/**
 * Rule options, declared and checked.
 *
 * Each rule declares the options it takes, as an ESLint rule declares
 * `meta.schema`: a name per option and a small JSON Schema for its value
 * (`type`, `minimum`, `additionalProperties`). Whatever a config gives a rule
 * is checked against that declaration before the rule runs, so a misspelt
 * option (`allowExplaned`) or a mistyped one (`"allowExplained": "yes"`) is
 * an error naming the rule and the option, never silently ignored.
 */

/** A JSON type an option value can have. */
export type OptionType = 'boolean' | 'integer' | 'number' | 'string' | 'object' | 'null'

/** The schema of one option value (the subset of JSON Schema vouch needs). */
export interface OptionSchema {
  /** What the value is: one type, or any of several. */
  type: OptionType | OptionType[]
  /** For numbers: the smallest allowed value. */
  minimum?: number
  /** For objects: the schema every member's value must match (any key is allowed). */
  additionalProperties?: OptionSchema
  /** One line for the docs and messages. */
  description?: string
}

/** The options a rule takes, by name. A rule that declares none takes none. */
export type OptionsSchema = Record<string, OptionSchema>

/**
 * Check `options` (what a config gives rule `id` besides its severity)
 * against the rule's declaration.
 *
 * @returns what is wrong, in one sentence naming the rule and the option, or `undefined`.
 */
export function optionsProblem(id: string, schema: OptionsSchema | undefined, options: unknown): string | undefined {
  if (options === undefined || options === null) return undefined
  const names = Object.keys(schema ?? {})
  const prefix = 'rule `' + id + '`: '

  if (typeof options !== 'object' || Array.isArray(options)) {
    return (
      prefix +
      (names.length === 0
        ? 'takes no options, only a severity (`off`, `info`, `warn` or `error`), not ' + describeValue(options)
        : 'options must be an object such as `{"' + names[0] + '": …}`, not ' + describeValue(options))
    )
  }

  for (const [name, value] of Object.entries(options)) {
    const option = schema && Object.hasOwn(schema, name) ? schema[name] : undefined
    if (!option) {
      if (names.length === 0) return prefix + 'takes no options, but was given `' + name + '`'
      const near = nearest(name, names)
      return (
        prefix +
        'unknown option `' +
        name +
        '` (' +
        (near ? 'did you mean `' + near + '`?' : 'its options: ' + names.map((known) => '`' + known + '`').join(', ')) +
        ')'
      )
    }

    const wrong = valueProblem(value, option, name)
    if (wrong) return prefix + wrong
  }

  return undefined
}

/** What is wrong with `value` at `where` (an option name or `name.key`), if anything. */
function valueProblem(value: unknown, schema: OptionSchema, where: string): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  if (!types.some((type) => hasType(value, type))) {
    return 'option `' + where + '` must be ' + types.map(typeName).join(' or ') + ', not ' + describeValue(value)
  }

  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    return 'option `' + where + '` must be at least ' + schema.minimum + ', not ' + describeValue(value)
  }

  if (schema.additionalProperties && value !== null && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      const wrong = valueProblem(member, schema.additionalProperties, where + '.' + key)
      if (wrong) return wrong
    }
  }

  return undefined
}

function hasType(value: unknown, type: OptionType): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value)
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    default:
      return typeof value === type
  }
}

function typeName(type: OptionType): string {
  switch (type) {
    case 'boolean':
      return 'a boolean (`true` or `false`)'
    case 'integer':
      return 'a whole number'
    case 'object':
      return 'an object'
    case 'null':
      return '`null`'
    default:
      return 'a ' + type
  }
}

/** A value as a message shows it: short, on one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (value !== null && typeof value === 'object') return 'an object'
  const text = JSON.stringify(value) ?? String(value)
  return '`' + (text.length > 40 ? text.slice(0, 39) + '…' : text) + '`'
}

/** The known name closest to `name`, if it is close enough to be a typo. */
function nearest(name: string, known: string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 4)) ? best : undefined
}

/** Levenshtein distance (names are short: the square table is fine). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }

    previous = current
  }

  return previous[b.length]
}
