// Eleventy's side of the build benchmark (bench/run.sh): the generated content/ is copied in beside
// this file. Pages, section and topic listings of 12 per page, a feed per dated section and a
// sitemap: the same set of outputs our generator makes, with minimal Nunjucks templates.

const sections = [
  ['learning-briefs', 'Learning briefs', true],
  ['toolkits', 'Toolkits', false],
  ['newsletters', 'Newsletters', true],
  ['guidance', 'Guidance', false],
];
const pageSize = 12;

const isListingSource = (inputPath) => inputPath.endsWith('/_index.md') || inputPath.includes('/topics/');
const newestFirst = (a, b) => (b.date - a.date) || a.data.title.localeCompare(b.data.title);

export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  // A section's _index.md is its listing page at /<section>/, as in Hugo and in our generator.
  eleventyConfig.addGlobalData('eleventyComputed.permalink', () => (data) => {
    const match = /\/([^/]+)\/_index\.md$/.exec(data.page.inputPath);
    return match ? `/${match[1]}/` : data.permalink;
  });
  // Layouts cannot be computed, so one layout serves documents and listings alike.
  eleventyConfig.addGlobalData('layout', 'page.njk');
  eleventyConfig.addGlobalData('eleventyComputed.isListing', () => (data) => isListingSource(data.page.inputPath));

  // Every listing (sections and topics) cut into pages of 12. The listing's own Markdown file
  // renders page 1; a paginated template renders the rest.
  eleventyConfig.addCollection('listingPages', (api) => {
    const documents = api.getAll().filter((p) => p.inputPath.endsWith('.md') && !isListingSource(p.inputPath) && p.url !== '/');
    const listings = [];
    for (const [folder, title] of sections) {
      listings.push({ url: `/${folder}/`, title, items: documents.filter((p) => p.inputPath.includes(`/content/${folder}/`)) });
    }
    for (const topic of api.getAll().filter((p) => p.inputPath.includes('/topics/'))) {
      listings.push({ url: topic.url, title: topic.data.title, items: documents.filter((p) => (p.data.topics ?? []).includes(topic.fileSlug)) });
    }
    const pages = [];
    for (const listing of listings) {
      const items = [...listing.items].sort(newestFirst);
      const count = Math.max(1, Math.ceil(items.length / pageSize));
      for (let n = 1; n <= count; n++) {
        pages.push({ url: listing.url, title: listing.title, n, count, items: items.slice((n - 1) * pageSize, n * pageSize) });
      }
    }
    return pages;
  });
  eleventyConfig.addFilter('firstListingPage', (pages, url) => pages.find((p) => p.url === url && p.n === 1));
  eleventyConfig.addFilter('isoDate', (date) => date.toISOString().slice(0, 10));
  eleventyConfig.addFilter('longDate', (date) =>
    date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

  eleventyConfig.addTemplate('listing-pages.njk', '{% include "listing.njk" %}', {
    pagination: { data: 'collections.listingPages', size: 1, alias: 'listing', before: (pages) => pages.filter((p) => p.n > 1) },
    permalink: '{{ listing.url }}page/{{ listing.n }}/',
    layout: 'base.njk',
    eleventyExcludeFromCollections: true,
  });

  eleventyConfig.addTemplate('feeds.njk', `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{{ feed.title }}</title>
  <id>https://bench.example.org{{ feed.url }}</id>
  {%- for item in feed.items %}
  <entry><title>{{ item.data.title }}</title><link href="https://bench.example.org{{ item.url }}"/><updated>{{ item.date | isoDate }}</updated><summary>{{ item.data.summary }}</summary></entry>
  {%- endfor %}
</feed>`, {
    pagination: { data: 'collections.feeds', size: 1, alias: 'feed' },
    permalink: '{{ feed.url }}feed.xml',
    layout: false,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addCollection('feeds', (api) => sections.filter(([, , dated]) => dated).map(([folder, title]) => ({
    url: `/${folder}/`,
    title,
    items: api.getAll().filter((p) => p.inputPath.includes(`/content/${folder}/`) && !isListingSource(p.inputPath)).sort(newestFirst).slice(0, 20),
  })));

  eleventyConfig.addTemplate('sitemap.njk', `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{%- for item in collections.all %}
  <url><loc>https://bench.example.org{{ item.url }}</loc></url>
{%- endfor %}
</urlset>`, { permalink: '/sitemap.xml', layout: false, eleventyExcludeFromCollections: true });

  return {
    dir: { input: 'content', includes: '../_includes', output: 'public' },
    markdownTemplateEngine: false,
    templateFormats: ['md', 'njk'],
  };
}
