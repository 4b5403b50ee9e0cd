/**
 * Template tags per generator (src/markdown/templates.ts): what is a tag, what is code, what is
 * text. Each case follows the generator's documented behaviour (named in the case).
 */
import { describe, expect, it } from 'vitest';
import { inRanges, readTemplates, templateSyntaxOf } from '../src/markdown/templates.js';

const names = (text: string, syntax: 'liquid' | 'nunjucks' | 'hugo', code: Array<[number, number]> = []) => readTemplates(text, 0, syntax, code).tags.map((tag) => tag.name);
const inertText = (text: string, syntax: 'liquid' | 'nunjucks' | 'hugo') => readTemplates(text, 0, syntax, []).inert.map(([start, end]) => text.slice(start, end));

describe('template tags', () => {
  it('maps each generator to the template language it runs over posts', () => {
    expect([templateSyntaxOf('jekyll'), templateSyntaxOf('hexo'), templateSyntaxOf('hugo'), templateSyntaxOf('docusaurus'), templateSyntaxOf('astro'), templateSyntaxOf(null)]).toEqual(['liquid', 'nunjucks', 'hugo', null, null, null]);
  });

  it('reads Liquid tags with whitespace control, and nothing inside {% raw %} (Jekyll docs: "Liquid")', () => {
    const text = '{%- include ads.html -%} {% raw %}{% include shown-as-text.html %}{% endraw %} {% include after.html %}';
    expect(names(text, 'liquid')).toEqual(['include', 'raw', 'include']);
    expect(readTemplates(text, 0, 'liquid', []).tags[0]?.args).toBe('ads.html');
  });

  it('makes highlight and comment blocks inert for Liquid, codeblock/code and {# #} for Hexo, highlight for Hugo', () => {
    expect(inertText('a {% highlight html %}<b>{% endhighlight %} b {% comment %}x{% endcomment %}', 'liquid')).toEqual(['{% highlight html %}<b>{% endhighlight %}', '{% comment %}x{% endcomment %}']);
    expect(inertText('{% codeblock lang:js %}<i>{% endcodeblock %} {% code %}x{% endcode %} {# note #}', 'nunjucks')).toEqual(['{% codeblock lang:js %}<i>{% endcodeblock %}', '{% code %}x{% endcode %}', '{# note #}']);
    expect(inertText('{{< highlight go >}}<s>{{< /highlight >}}', 'hugo')).toEqual(['{{< highlight go >}}<s>{{< /highlight >}}']);
  });

  it('leaves a block without its closing tag live (the tag itself is not): the generator fails the build, and the linter does not look away', () => {
    // Only the tag's own text is replaced; the script after it stays live.
    expect(inertText('{% highlight html %}<script src=x></script>', 'liquid')).toEqual(['{% highlight html %}']);
  });

  it('skips Hexo tags in Markdown code (its backtick_code_block filter protects them), but not Liquid or Hugo ones', () => {
    const text = '`{% adsense %}` {% ad %}';
    const code: Array<[number, number]> = [[0, 15]];
    expect(names(text, 'nunjucks', code)).toEqual(['ad']);
    expect(names(text, 'liquid', code)).toEqual(['adsense', 'ad']);
    expect(names('`{{< adsense >}}`', 'hugo', [[0, 17]])).toEqual(['adsense']);
  });

  it('reads both Hugo shortcode forms, closing tags as block ends, and the commented form as literal, inert text (Hugo docs: "Shortcodes")', () => {
    const text = '{{< ads >}}x{{< /ads >}} {{% amazon asin="B0" %}} {{</* adsense */>}}';
    const content = readTemplates(text, 0, 'hugo', []);
    expect(content.tags.map((tag) => [tag.name, tag.args, tag.blockEnd !== null])).toEqual([['ads', '', true], ['amazon', 'asin="B0"', false]]);
    // Each tag's own text is what it renders, not Markdown: inert, as is the commented form.
    expect(content.inert.map(([start, end]) => text.slice(start, end))).toEqual(['{{< ads >}}', '{{< /ads >}}', '{{% amazon asin="B0" %}}', '{{</* adsense */>}}']);
  });

  it('stays linear on openers that never close', () => {
    const text = '{%'.repeat(200_000) + '{{<'.repeat(100_000);
    expect(readTemplates(text, 0, 'liquid', []).tags).toEqual([]);
    expect(readTemplates(text, 0, 'hugo', []).tags).toEqual([]);
  });

  it('finds an offset in ordered ranges', () => {
    const ranges: Array<[number, number]> = [[0, 5], [10, 20]];
    expect([0, 4, 5, 9, 10, 19, 20].map((offset) => inRanges(ranges, offset))).toEqual([true, true, false, false, true, true, false]);
  });
});
