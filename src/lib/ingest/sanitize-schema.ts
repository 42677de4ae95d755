import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

// Elements and attributes that KaTeX 0.19 writes for `output: 'htmlAndMathml'`, found by rendering fractions, roots,
// accents, matrices, braces, arrows, colours and boxes. The tests compare sanitised and raw KaTeX output for those.
const MATHML_ELEMENTS = [
  'math', 'semantics', 'annotation', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup',
  'mfrac', 'msqrt', 'mroot', 'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mstyle', 'menclose',
  'mpadded', 'mphantom', 'mglyph', 'mlabeledtr', 'merror',
];
const SVG_ELEMENTS = ['svg', 'path', 'line'];

const MATHML_ATTRIBUTES = [
  'xmlns', 'display', 'encoding', 'mathvariant', 'mathVariant', 'stretchy', 'fence', 'separator', 'accent', 'accentunder',
  'minsize', 'maxsize', 'lspace', 'rspace', 'width', 'height', 'depth', 'voffset', 'linethickness', 'rowspacing',
  'columnspacing', 'columnalign', 'rowalign', 'columnlines', 'rowlines', 'frame', 'scriptlevel', 'displaystyle',
  'mathcolor', 'mathbackground', 'notation', 'largeop', 'movablelimits', 'symmetric', 'form',
];

// Inline styles KaTeX writes: lengths, positions, borders and colours. Anything that could load a resource or run
// code (url(), expression(), image-set(), var(), quotes, backslashes, angle brackets) does not match.
const KATEX_STYLE = /^(?![\s\S]*(?:url|expression|image|image-set|attr|var|src)\s*\()[-a-zA-Z0-9\s:;.,#%()+]*$/;

/**
 * rehype-sanitize schema for abstracts: GitHub's default schema (no scripts, no event handlers, `href` limited to
 * http(s) and mailto), plus the MathML, SVG, classes and inline styles that KaTeX output needs. Links get
 * `rel="nofollow ugc"` because their URLs come from untrusted dumps.
 */
export const katexSanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...MATHML_ELEMENTS, ...SVG_ELEMENTS],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https'] },
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.['a'] ?? []), ['rel', 'nofollow', 'ugc']],
    // `hidden` and `data-pagefind-ignore` carry a formula's plain-text copy for search next to KaTeX's rendering.
    span: [...(defaultSchema.attributes?.['span'] ?? []), 'className', 'ariaHidden', 'hidden', 'dataPagefindIgnore', ['style', KATEX_STYLE]],
    ...Object.fromEntries(MATHML_ELEMENTS.map((name) => [name, [...MATHML_ATTRIBUTES, ['style', KATEX_STYLE]]])),
    svg: ['xmlns', 'width', 'height', 'viewBox', 'preserveAspectRatio', ['style', KATEX_STYLE]],
    path: ['d'],
    line: ['x1', 'x2', 'y1', 'y2', 'strokeWidth'],
  },
  strip: [...(defaultSchema.strip ?? []), 'style'],
};
