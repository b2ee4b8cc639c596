import { describe, expect, it } from 'vitest';
import { htmlToHast } from 'satteri';
import { allowedVideoEmbed, isDangerous, isSafeUrl, sanitizeTree, VIDEO_EMBEDS, type HastLike } from '../../src/markdown/html-policy.ts';

const el = (tagName: string, properties: Record<string, unknown> = {}, children: HastLike[] = []): HastLike => ({ type: 'element', tagName, properties, children });
const text = (value: string): HastLike => ({ type: 'text', value });
const root = (...children: HastLike[]): HastLike => ({ type: 'root', children });
/** Serialise a tree compactly, to compare what survives. */
const show = (node: HastLike): string =>
  node.type === 'text'
    ? node.value!
    : node.type === 'root'
      ? node.children!.map(show).join('')
      : `<${node.tagName}${Object.entries(node.properties ?? {})
          .map(([k, v]) => ` ${k}=${JSON.stringify(v)}`)
          .join('')}>${(node.children ?? []).map(show).join('')}</${node.tagName}>`;
const clean = (html: string) => sanitizeTree(htmlToHast(html, { fragment: true }) as unknown as HastLike);

describe('isSafeUrl', () => {
  it.each(['https://dichvucong.gov.vn/', 'http://example.vn', '/tin-tuc/bai/', './anh.jpg', '#muc-1', 'mailto:vp@xa.gov.vn', 'tel:+842003812345', '?trang=2'])(
    'accepts %s',
    (url) => {
      expect(isSafeUrl(url)).toBe(true);
    },
  );
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    '\u0001javascript:x',
    'data:text/html,<script>x</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('allowedVideoEmbed', () => {
  it('keeps allowlisted players, over https, moving YouTube to its no-cookie host', () => {
    expect(allowedVideoEmbed('https://www.youtube.com/embed/abc?start=5')).toBe('https://www.youtube-nocookie.com/embed/abc?start=5');
    expect(allowedVideoEmbed('https://player.vimeo.com/video/123')).toBe('https://player.vimeo.com/video/123');
  });
  it.each([
    'http://www.youtube.com/embed/abc',
    'https://www.youtube.com/watch?v=abc',
    'https://evil.example/embed/',
    'https://www.youtube.com.evil.example/embed/x',
    'https://user@www.youtube.com/embed/x',
    'javascript:alert(1)',
    'không phải địa chỉ',
  ])('refuses %j', (src) => {
    expect(allowedVideoEmbed(src)).toBeUndefined();
  });
});

describe('sanitizeTree', () => {
  it('drops scripts, styles, forms and embeds with their content, and reports them', () => {
    const { tree, removed } = clean('<p>a</p><script>alert(1)</script><style>p{}</style><form><input name="x"></form><object data="x"></object><p>b</p>');
    expect(show(tree)).toBe('<p>a</p><p>b</p>');
    expect(removed.filter(isDangerous).map((r) => r.tag)).toEqual(['script', 'style', 'form', 'object']);
  });

  it('removes event handlers and unsafe URLs but keeps the element and its text', () => {
    const { tree, removed } = clean('<p onclick="x()">Đoạn</p><a href="javascript:alert(1)" onmouseover="y()">Liên kết</a><img src="a.jpg" alt="Ảnh" onerror="z()">');
    expect(show(tree)).toBe('<p>Đoạn</p><a>Liên kết</a><img src="a.jpg" alt="Ảnh"></img>');
    expect(removed.filter(isDangerous).map((r) => r.attribute)).toEqual(['onclick', 'href', 'onmouseover', 'onerror']);
  });

  it('unwraps unknown harmless tags, keeping their text, without reporting them as dangerous', () => {
    const { tree, removed } = clean('<center><font color="red">Chữ</font></center>');
    expect(show(tree)).toBe('Chữ');
    expect(removed.filter(isDangerous)).toEqual([]);
  });

  it('keeps what Markdown produces: tables with alignment, footnotes, task lists, code classes, heading ids, quotes', () => {
    const input = root(
      el('table', {}, [el('tr', {}, [el('td', { style: 'text-align: right' }, [text('1.402')]), el('td', { style: 'color: red' }, [text('x')])])]),
      el('sup', {}, [el('a', { href: '#user-content-fn-1', id: 'user-content-fnref-1', dataFootnoteRef: '', ariaDescribedBy: ['footnote-label'] }, [text('1')])]),
      el('ul', { className: ['contains-task-list'] }, [el('li', { className: ['task-list-item'] }, [el('input', { type: 'checkbox', checked: true, disabled: true })])]),
      el('pre', {}, [el('code', { className: ['language-js', 'evil'] }, [text('x')])]),
      el('h2', { id: 'muc-1' }, [text('Mục')]),
      el('blockquote', { cite: 'javascript:x' }, [el('p', {}, [text('Trích')])]),
    );
    expect(show(sanitizeTree(input).tree)).toBe(
      '<table><tr><td style="text-align: right">1.402</td><td>x</td></tr></table>' +
        '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" dataFootnoteRef="" ariaDescribedBy=["footnote-label"]>1</a></sup>' +
        '<ul className=["contains-task-list"]><li className=["task-list-item"]><input type="checkbox" disabled=true checked=true></input></li></ul>' +
        '<pre><code className=["language-js"]>x</code></pre><h2 id="muc-1">Mục</h2><blockquote><p>Trích</p></blockquote>',
    );
  });

  it('keeps an allowlisted video iframe with safe attributes only, and refuses others', () => {
    const { tree, removed } = clean(
      '<iframe src="https://www.youtube.com/embed/abc" title="Video" width="560" onload="x()" srcdoc="<script>"></iframe><iframe src="https://evil.example/x"></iframe>',
    );
    expect(show(tree)).toBe(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video" loading="lazy" referrerPolicy="strict-origin-when-cross-origin" allow="encrypted-media; picture-in-picture; fullscreen" allowFullScreen=true width="560"></iframe>',
    );
    expect(removed).toEqual([{ kind: 'iframe', tag: 'iframe', value: 'https://evil.example/x' }]);
  });

  it('does not change the tree it is given', () => {
    const input = root(el('p', { onClick: 'x()' }, [text('a')]));
    const before = JSON.stringify(input);
    sanitizeTree(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('one decision per embed and media type', () => {
  it('allows in frames exactly the hosts of the players it keeps (netlify.toml frame-src)', async () => {
    const { parse } = await import('smol-toml');
    const fs = await import('node:fs');
    const config = parse(fs.readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8')) as { headers: { for: string; values: Record<string, string> }[] };
    const policy = config.headers.find((rule) => rule.for === '/')!.values['Content-Security-Policy']!;
    const frameSrc = /frame-src ([^;]+)/.exec(policy)![1]!.trim().split(/\s+/).sort();
    // YouTube is always moved to its no-cookie host, so youtube.com itself is never framed.
    const framed = [...new Set(VIDEO_EMBEDS.map((embed) => `https://${embed.host.endsWith('youtube.com') ? 'www.youtube-nocookie.com' : embed.host}`))].sort();
    expect(frameSrc).toEqual(framed);
    expect(VIDEO_EMBEDS.some((embed) => embed.host.includes('facebook'))).toBe(false);
  });

  it('refuses, not only drops, audio, video and every element dropped with its content', () => {
    const { tree, removed } = clean('<p>a</p><audio src="./ban-tin.mp3" controls></audio><video src="x.mp4"></video><canvas></canvas><p>b</p>');
    expect(show(tree)).toBe('<p>a</p><p>b</p>');
    expect(removed.filter(isDangerous).map((r) => r.tag)).toEqual(['audio', 'video', 'canvas']);
  });

  it('keeps only photos from beside the entry: an image from elsewhere is dropped and reported, its handlers too', () => {
    const { tree, removed } = clean(
      '<img src="./anh.jpg" alt="a"><img src="http://theo-doi.example.net/x.png" alt="b"><img src="/tep/x.png" alt="c" onerror="alert(1)"><img src="//cdn.example.net/y.png" alt="d">',
    );
    expect(show(tree)).toBe('<img src="./anh.jpg" alt="a"></img>');
    expect(removed.filter(isDangerous).map((r) => `${r.kind}:${r.attribute ?? r.value}`)).toEqual([
      'image:http://theo-doi.example.net/x.png',
      'attribute:onerror',
      'image:/tep/x.png',
      'image://cdn.example.net/y.png',
    ]);
  });
});
