import type {Root} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/** Parse Markdown (with YAML/TOML front matter) to mdast. */
export function fromMarkdown(value: string): Root {
  return markdown.parse(value)
}
