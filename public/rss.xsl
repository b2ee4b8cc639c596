<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed opened in a browser as a Vietnamese page explaining how to subscribe. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Tin RSS: <xsl:value-of select="/rss/channel/title"/></title>
        <style>
          body { font-family: system-ui, sans-serif; line-height: 1.6; color: #1d1d1f; margin: 0; }
          header { background: #a3161a; color: #fff; padding: 1rem; }
          main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
          .box { background: #f5f6f8; border: 1px solid #d9dbe1; border-radius: 6px; padding: 1rem; }
          code { background: #fff; border: 1px solid #d9dbe1; padding: 0.1rem 0.3rem; word-break: break-all; }
          a { color: #0a4a94; }
          li { margin-bottom: 0.75rem; }
          .date { color: #51535a; font-size: 0.9rem; display: block; }
        </style>
      </head>
      <body>
        <header>
          <strong>Đây là nguồn tin RSS</strong> của <xsl:value-of select="/rss/channel/title"/>
        </header>
        <main>
          <div class="box">
            <h1>Cách nhận tin tự động</h1>
            <p>Nguồn tin RSS giúp bạn nhận tin mới mà không cần vào trang thường xuyên. Hãy sao chép địa chỉ dưới đây và dán vào ứng dụng đọc tin RSS (ví dụ Feedly, Inoreader, NetNewsWire hoặc trình đọc tin trong thư điện tử):</p>
            <p><code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
            <p>Trở về <a><xsl:attribute name="href"><xsl:value-of select="/rss/channel/link"/></xsl:attribute>trang chủ</a>.</p>
          </div>
          <h2>Tin mới trong nguồn này</h2>
          <ul>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a>
                <span class="date"><xsl:value-of select="pubDate"/></span>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
