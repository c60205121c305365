/**
 * The CLI's pieces without a subprocess: config checking, turning engine
 * failures into one-line problems, the input guard and argument parsing.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {ConfigError, configTransform, engineConfig, parseConfig} from '../../src/config.js'
import {rules} from '../../src/index.js'
import {parseRequest, UsageError} from '../../src/cli/args.js'
import {inputProblem} from '../../src/cli/guard.js'
import {isProblem, normaliseFailures} from '../../src/cli/problems.js'

const someRule = rules[0].id

describe('config', () => {
  it('accepts severities, [severity, options] and an empty config', () => {
    expect(parseConfig({}, '.vouchrc')).toEqual({})
    expect(parseConfig({rules: {[someRule]: 'off'}}, '.vouchrc')).toEqual({rules: {[someRule]: 'off'}})
    expect(parseConfig({rules: {[someRule]: ['error', {}]}}, '.vouchrc').rules?.[someRule]).toEqual(['error', {}])
    expect(configTransform({rules: {[someRule]: 'info'}}, '.vouchrc').plugins).toHaveLength(2)
  })

  it('names the file and the mistake', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{rules: {nope: 'warn'}}, /unknown rule `nope`/],
      [{rules: {[someRule]: 'loud'}}, /severity/],
      [{rules: {[someRule]: ['warn', {}, 3]}}, /\[severity, options\]/],
      [{rule: {}}, /unknown field `rule`/],
      [{rules: []}, /`rules` must be an object/],
      ['rules', /expected an object/]
    ]
    for (const [raw, reason] of cases) {
      let error: unknown
      try {
        parseConfig(raw, '/x/.vouchrc')
      } catch (caught) {
        error = caught
      }

      expect(error).toBeInstanceOf(ConfigError)
      expect((error as ConfigError).message).toMatch(reason)
      expect((error as ConfigError).filePath).toBe('/x/.vouchrc')
    }
  })

  it('uses the ecosystem names', () => {
    expect(engineConfig).toMatchObject({rcName: '.vouchrc', packageField: 'vouch', ignoreName: '.vouchignore'})
    expect(engineConfig.extensions).toEqual(expect.arrayContaining(['md', 'markdown', 'mdx', 'html', 'htm', 'txt']))
  })
})

describe('engine failures', () => {
  function failed(cause: unknown, reason = 'Cannot process file'): VFile {
    const file = new VFile({path: 'a.md'})
    const message = file.message(reason, {cause: cause as Error})
    message.fatal = true
    return file
  }

  function errno(code: string, syscall: string): NodeJS.ErrnoException {
    return Object.assign(new Error(code + ': failed, ' + syscall + " '/x/a.md'"), {code, syscall, path: '/x/a.md'})
  }

  it('become one line each, without causes', () => {
    const files = [
      failed(errno('EACCES', 'open')),
      failed(errno('ENOENT', 'stat'), 'No such file or folder'),
      failed(new Error('Cannot parse file `sub/.vouchrc`', {cause: new SyntaxError('Unexpected token } in JSON at position 9\n> 1 | {"a": }\n    |       ^')})),
      failed(new Error('Cannot parse file `.vouchrc`', {cause: new ConfigError('unknown rule `x`', process.cwd() + '/.vouchrc')})),
      failed(new TypeError("Cannot read properties of undefined (reading '0')")),
      failed(Object.assign(new TypeError('bad argument'), {code: 'ERR_INVALID_ARG_TYPE'}))
    ]
    normaliseFailures(files)
    const messages = files.map((file) => file.messages[0])
    expect(messages.every(isProblem)).toBe(true)
    expect(messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['input', 'Permission denied: cannot read this file'],
      ['input', 'No such file or folder'],
      ['config', 'Cannot use config file `sub/.vouchrc`: SyntaxError: Unexpected token } in JSON at position 9'],
      ['config', 'Cannot use config file `.vouchrc`: unknown rule `x`'],
      ['internal', "Internal error while checking (please report it): TypeError: Cannot read properties of undefined (reading '0')"],
      ['internal', 'Internal error while checking (please report it): TypeError: bad argument']
    ])
    for (const message of messages.slice(0, 4)) expect(message.cause).toBeUndefined()
  })

  it('leave lint messages alone, errors included', () => {
    const file = new VFile({path: 'a.md'})
    const lint = file.message('Unconfirmed', {ruleId: someRule, source: 'vouch'})
    lint.fatal = true
    normaliseFailures([file])
    expect(file.messages[0]).toBe(lint)
    expect(isProblem(lint)).toBe(false)
  })
})

describe('input guard', () => {
  const file = new VFile({path: 'a.txt'})
  it('refuses binary and oversized input, lets prose through', () => {
    expect(inputProblem('The minister said so.', file, 1024)).toBeUndefined()
    expect(inputProblem('ab\0cd', file, 1024)?.reason).toMatch(/Binary/)
    expect(inputProblem('x'.repeat(2048), file, 1024)?.reason).toMatch(/too large/)
    // Multi-byte text is measured in UTF-8 bytes.
    expect(inputProblem('é'.repeat(400), file, 1024)).toBeUndefined()
    expect(inputProblem('é'.repeat(600), file, 1024)?.reason).toMatch(/too large/)
  })
})

describe('arguments', () => {
  it('parses commands, options and aliases', () => {
    expect(parseRequest(['a.md'])).toMatchObject({command: 'check', files: ['a.md'], reporter: 'default'})
    expect(parseRequest(['ledger', '-r', 'json', 'x'])).toMatchObject({command: 'ledger', reporter: 'json', files: ['x']})
    expect(parseRequest(['--format', 'sarif', '--frail', '--no-config', '--no-ignore'])).toMatchObject({reporter: 'sarif', frail: true, detectConfig: false, detectIgnore: false})
    expect(parseRequest(['report', '-o', 'out', 'a.md'])).toMatchObject({command: 'report', output: 'out'})
    expect(parseRequest(['--max-size', '2', 'a.md']).maxBytes).toBe(2 * 1024 * 1024)
    expect(parseRequest(['--ignore-pattern', 'a', '--ignore-pattern', 'b']).ignorePatterns).toEqual(['a', 'b'])
    expect(parseRequest(['lsp', '--stdio'])).toMatchObject({command: 'lsp', rest: ['--stdio']})
  })

  it('refuses misuse with a UsageError', () => {
    for (const argv of [['--nope'], ['-r'], ['--frail=yes'], ['--color', '--no-color'], ['-o', 'x', 'a.md'], ['--stdin-filepath', 'a.md', 'b.md'], ['--max-size', '0']]) {
      expect(() => parseRequest(argv), argv.join(' ')).toThrow(UsageError)
    }
  })
})
