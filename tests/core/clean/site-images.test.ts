import { describe, expect, it } from 'vitest';
import { removeSiteImages } from '../../../src/core/clean/site-images';
import { elementOf as root } from '../../helpers/element';

describe('removeSiteImages', () => {
  // A 新浪 page of the MkDocs archive (project-polymorph/news-website): the portal's logo kept over its source line.
  it('takes a site\'s logo, named so, and keeps the article\'s pictures', () => {
    const el = root('<p><img src="https://n.sinaimg.cn/default/80905340/20200331/sinalogo.png" alt="新浪新闻"></p><p><img src="https://www.singtao.ca/wp-content/x/logo_ntd_amp.png"><img src="https://images.sohu.com/uiue/sohu_logo/2005/sohu_logo2.gif"></p><p><img src="https://n.sinaimg.cn/news/2024/1208/photo-1.jpg" alt="现场"></p><p>正文。</p>');
    removeSiteImages(el);
    expect([...el.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['https://n.sinaimg.cn/news/2024/1208/photo-1.jpg']);
  });
});
