/** `vouch --help`. */
import {engineConfig} from '../config.js'
import {packageInfo} from './package.js'

export function helpText(): string {
  const {version, description} = packageInfo()
  const extensions = engineConfig.extensions.map((ext) => '.' + ext).join(', ')
  return `vouch ${version}: ${description ?? 'source-credibility and confirmation linter for news writing'}

Usage:
  vouch [check] [options] [path | glob ...]   lint drafts (stdin if none)
  vouch ledger [options] [path | glob ...]    print each draft's sourcing ledger (JSON Lines)
  vouch report [options] [path | glob ...]    write an HTML sourcing report per draft
  vouch lsp [--stdio]                          start the language server

Folders are searched for ${extensions} files.
Markdown and HTML are read as such: code, front matter, URLs and markup are
not prose. Anything else is read as plain text.

Options:
  -r, --reporter <name>        default | json | sarif | github (alias: --format)
  -f, --frail                  exit 1 on warnings too, not only errors
  -q, --quiet                  report only files with messages
  -S, --silent                 report only errors
      --verbose                show notes and rule URLs (default reporter)
      --color, --no-color      force colour on or off in the default report
  -c, --rc-path <path>         use this config file, do not search (alias: --config)
      --no-config              do not search for config files
  -i, --ignore-path <path>     use this ignore file, do not search for ${engineConfig.ignoreName}
      --ignore-pattern <glob>  also ignore files matching glob (repeatable)
      --no-ignore              do not search for ignore files
      --stdin-filepath <path>  path of the draft on stdin (its extension picks the format)
      --max-size <MB>          skip drafts larger than this (default: 5)
      --time-limit <seconds>   stop checking a draft after this long (default: 20
                               plus 40 per MB of text)
      --follow-symlinks        read drafts through symbolic links that lead outside
                               the folders being checked (default: not read)
      --no-error-on-unmatched-pattern
                               a glob or folder with no drafts is a note, not an error
  -o, --output <path>          report: folder for one page per draft (default: vouch-report),
                               or a file ending in .html for one page for all drafts
  -h, --help                   show this help
  -v, --version                show the version

Configuration: ${engineConfig.rcName}, ${engineConfig.rcName}.json, ${engineConfig.rcName}.yml or a "${engineConfig.packageField}"
field in package.json, searched up from each draft (data only: JavaScript
config is refused, never run):
  {"rules": {"anonymous-source": "off", "unconfirmed-claim": ["error", {}]}}
Severities: off, info, warn, error. Ignore files: ${engineConfig.ignoreName} (gitignore syntax).
Inline: <!-- vouch disable rule-id -->, <!-- vouch enable rule-id -->, <!-- vouch ignore rule-id -->.

Exit codes:
  0  no errors (and no warnings with --frail)
  1  lint errors (or warnings with --frail)
  2  vouch could not do what was asked: bad usage, a broken config, or a
     path it could not check (missing, unreadable, binary, not UTF-8, too large,
     a link out of the folder, over the time limit)

Examples:
  vouch drafts/
  vouch "drafts/**/*.md" --reporter sarif > vouch.sarif
  cat story.txt | vouch
  vouch report story.md -o report/
`
}
