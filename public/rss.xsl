<?xml version="1.0" encoding="UTF-8"?>
<!--
  Turns an RSS 2.0 feed of this site into a readable page when someone opens the feed in a browser: what a feed is,
  how to subscribe, and the papers it lists. Feed readers ignore this file. Every value comes from the feed itself,
  so one stylesheet serves the site feed and every topic feed under any base path.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="feedUrl" select="rss/channel/atom:link[@rel='self']/@href"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="rss/channel/title"/> (RSS feed)</title>
        <style>
          :root { color-scheme: light dark; --text: #1d1f23; --muted: #5b6170; --accent: #1a56db; --panel: #eef2fb; --line: #d6dbe6; }
          @media (prefers-color-scheme: dark) {
            :root { --text: #e6e8ee; --muted: #a3a9b8; --accent: #8ab4ff; --panel: #1c2333; --line: #323a4d; }
          }
          body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1rem 3rem; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); }
          a { color: var(--accent); }
          .about { background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem 1.25rem; }
          .about h1 { margin: 0 0 0.5rem; font-size: 1.4rem; }
          .about p { margin: 0.5rem 0; }
          .feed-url { display: block; padding: 0.5rem 0.75rem; border: 1px solid var(--line); border-radius: 0.35rem; overflow-wrap: anywhere; user-select: all; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9rem; }
          .items { list-style: none; padding: 0; }
          .items li { border-bottom: 1px solid var(--line); padding: 1rem 0; }
          .items h3 { margin: 0 0 0.25rem; font-size: 1.1rem; line-height: 1.35; }
          .meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.5rem; }
          .abstract { margin: 0; display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
        </style>
      </head>
      <body>
        <section class="about" aria-labelledby="about-heading">
          <h1 id="about-heading">This is an RSS feed: <xsl:value-of select="rss/channel/title"/></h1>
          <p><xsl:value-of select="rss/channel/description"/></p>
          <p>
            A feed lets a feed reader check this site for you and show each new paper, with its full abstract, as soon
            as it is listed. To subscribe, copy this address into your feed reader (for example NetNewsWire, Feedly,
            Inoreader, Thunderbird or Miniflux):
          </p>
          <code class="feed-url" id="feed-url"><xsl:value-of select="$feedUrl"/></code>
          <p>
            <a href="{rss/channel/link}">Back to the website</a>
          </p>
        </section>

        <h2>Papers in this feed</h2>
        <p class="meta"><xsl:value-of select="count(rss/channel/item)"/> papers, newest first.</p>
        <ol class="items">
          <xsl:for-each select="rss/channel/item">
            <li>
              <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
              <p class="meta">
                <xsl:value-of select="substring(pubDate, 6, 11)"/>
                <xsl:for-each select="category">
                  <xsl:text> · </xsl:text>
                  <xsl:value-of select="."/>
                </xsl:for-each>
              </p>
              <p class="abstract"><xsl:value-of select="description"/></p>
            </li>
          </xsl:for-each>
        </ol>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
