package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryHtmlSignificantCharacter() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&</a>"));
    }

    @Test
    void linksOnlyForWebAndInPageAddresses() {
        assertEquals("<a href=\"https://example.org/?a=1&amp;b=2\">x &lt;y&gt;</a>",
                Html.link("https://example.org/?a=1&b=2", "x <y>"));
        assertEquals("<a href=\"#Claim\">cf:Claim</a>", Html.link("#Claim", "cf:Claim"));
        assertEquals("javascript:alert(1)", Html.link("javascript:alert(1)", "javascript:alert(1)"));
        assertEquals("x", Html.link("//evil.example/", "x"));
    }

    @Test
    void placeholdersInFilledTextStayText() {
        String page = Html.fill("<title>{{title}}</title>{{body}}", Map.of("title", "{{body}}", "body", "<p>b</p>"));
        assertEquals("<title>{{body}}</title><p>b</p>", page);
        assertTrue(Html.page("t", "", "{{title}}").contains("<main>\n{{title}}\n</main>"));
    }
}
