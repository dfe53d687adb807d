// An independent check of what the reader is given to render: written from the threat list, not from
// the product's sanitiser configuration, so that a mistake in one is not repeated in the other.
// `unsafeHtmlFindings(html)` parses the HTML the way an extension page does and lists everything that
// could run code, load something, submit something, clobber the page's globals or restyle the page.
import { JSDOM } from 'jsdom';
import type { ExtractResult } from '../../src/core';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Text structure only: no element here can run code, embed a document, load by itself or take input. */
const TEXT_ELEMENTS = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'a', 'img', 'figure', 'figcaption', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins',
  'sub', 'sup', 'small', 'mark', 'abbr', 'time', 'ruby', 'rt', 'rp', 'table', 'caption', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th',
]);

/** Attributes that change neither behaviour nor loading nor styling. */
const INERT_ATTRIBUTES = new Set(['alt', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'datetime']);

/** Attributes holding an address, and which elements may carry them. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  href: ['a'],
  src: ['img'],
  'data-canonical-src': ['img'],
};

/** Image addresses: the reader and the image saver fetch them without a click, so only web addresses will do. */
const IMAGE_ADDRESSES = new Set(['src', 'data-canonical-src']);

/** Attributes whose address a browser fetches by itself as soon as the element is in a page. */
const FETCHED_BY_BROWSER = new Set(['src', 'srcset', 'poster', 'background', 'data', 'dynsrc', 'lowsrc']);

/** What browsers strip or ignore when reading a URL's scheme ("java\tscript:", "\x01javascript:"). */
// eslint-disable-next-line no-control-regex -- control characters are what a scheme check must see through
const SCHEME_NOISE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u205f\u3000\ufeff]/g;

const { window: parserWindow } = new JSDOM('');

function parseFragment(html: string): DocumentFragment {
  const template = parserWindow.document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function schemeOf(url: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(SCHEME_NOISE, ''))?.[1]?.toLowerCase() ?? '';
}

function isSafeLink(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' || (scheme === '' && url.trim().startsWith('#'));
}

function isWebAddress(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === 'http' || scheme === 'https';
}

function tagOf(el: Element): string {
  return `<${el.localName}>`;
}

function attributeFindings(el: Element): string[] {
  const findings: string[] = [];
  const tag = el.localName;
  for (const { name, value } of Array.from(el.attributes)) {
    if (/^on/i.test(name)) findings.push(`event handler ${name} on ${tagOf(el)}`);
    else if (name === 'style') findings.push(`style attribute on ${tagOf(el)}`);
    else if (name === 'id' || name === 'name') findings.push(`${name}="${value}" on ${tagOf(el)} can clobber the page's globals`);
    else if (name === 'class' || (name.startsWith('data-') && name !== 'data-canonical-src')) findings.push(`${name} on ${tagOf(el)} can pose as the page's own UI`);
    else if (name in URL_ATTRIBUTES) {
      if (!URL_ATTRIBUTES[name]!.includes(tag)) findings.push(`${name} on ${tagOf(el)}`);
      else if (IMAGE_ADDRESSES.has(name) ? !isWebAddress(value) : !isSafeLink(value)) findings.push(`unsafe address ${name}="${value}" on ${tagOf(el)}`);
    } else if (name === 'target') {
      if (value !== '_blank') findings.push(`target="${value}" on ${tagOf(el)}`);
    } else if (name === 'rel') {
      if (tag !== 'a' || !/\bnoopener\b/.test(value)) findings.push(`rel="${value}" on ${tagOf(el)}`);
    } else if (!INERT_ATTRIBUTES.has(name)) findings.push(`attribute ${name} on ${tagOf(el)}`);
  }
  if (tag === 'a' && el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) {
    findings.push('a link opening a new tab without rel=noopener');
  }
  return findings;
}

/**
 * Everything in `html` an extension page must not be given: elements that run, embed, load, submit
 * or style; event handlers; unsafe addresses; attributes that clobber globals or pose as UI; markup
 * that parses differently the second time (mutation XSS). Empty when the HTML is inert text structure.
 */
export function unsafeHtmlFindings(html: string): string[] {
  const fragment = parseFragment(html);
  const findings: string[] = [];
  const walker = parserWindow.document.createTreeWalker(fragment, parserWindow.NodeFilter.SHOW_ELEMENT | parserWindow.NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === parserWindow.Node.COMMENT_NODE) {
      findings.push('a comment (browsers disagree on where comments end)');
      continue;
    }
    const el = node as Element;
    if (el.namespaceURI !== HTML_NAMESPACE) findings.push(`foreign element ${tagOf(el)} (${el.namespaceURI})`);
    else if (!TEXT_ELEMENTS.has(el.localName)) findings.push(`element ${tagOf(el)}`);
    findings.push(...attributeFindings(el));
  }
  const reserialised = parseFragment(html);
  const once = serialise(fragment);
  if (serialise(parseFragment(once)) !== once || serialise(reserialised) !== once) findings.push('markup that changes when parsed again (mutation XSS)');
  return findings;
}

function serialise(fragment: DocumentFragment): string {
  const holder = parserWindow.document.createElement('div');
  holder.append(fragment.cloneNode(true));
  return holder.innerHTML;
}

/**
 * Addresses in `html` a browser would fetch without a click. (data-canonical-src is not one: on
 * github.com images load through GitHub's camo proxy, and the original address is only the image's name.)
 */
export function autoLoadedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const el of Array.from(parseFragment(html).querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) if (FETCHED_BY_BROWSER.has(name)) urls.push(value);
  }
  return urls;
}

/** Findings for a whole extraction result: its body HTML and every address the UI turns into a link or image. */
export function unsafeResultFindings(result: ExtractResult): string[] {
  if (result.kind === 'not-article') return [];
  const addresses: Array<[string, string | null]> = [['mirrorUrl', result.mirrorUrl]];
  if (result.kind === 'index') {
    result.links.forEach((link, i) => addresses.push([`links[${i}].url`, link.url]));
  } else {
    addresses.push(['originalUrl', result.originalUrl]);
    result.related.forEach((link, i) => addresses.push([`related[${i}].url`, link.url]));
    [...result.images, ...(result.leadImage ? [result.leadImage] : [])].forEach((image, i) => {
      addresses.push([`images[${i}].canonicalUrl`, image.canonicalUrl], [`images[${i}].loadedUrl`, image.loadedUrl]);
    });
  }
  const findings = addresses.filter(([, url]) => url !== null && !isWebAddress(url)).map(([field, url]) => `${field} is not a web address: ${url}`);
  return result.kind === 'article' ? [...findings, ...unsafeHtmlFindings(result.contentHtml)] : findings;
}
