package org.newsgeo.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Legacy-charset pages from a real Common Crawl sample, and the mislabelled qq page, decode without mojibake. */
class CharsetsTest {

    @Test
    void windows1251FromHttpHeader() {
        String s = Charsets.decode(ReaderRun.load("charset/01spb.ru-company.windows-1251.html"), "text/html; charset=windows-1251");
        assertTrue(s.contains("О компании - Стратегия пожарной безопасности"));
    }

    @Test
    void gbkDeclaredOnlyInMeta() {
        byte[] b = ReaderRun.load("charset/041696.com-list_6_4.gbk-meta-only.html");
        assertEquals(Charset.forName("GB18030"), Charsets.pick(b, "text/html"));
        assertTrue(Charsets.decode(b, "text/html").contains("香港最快开奖现场直84期_主页"));
    }

    @Test
    void gb2312IsDecodedAsGb18030() {
        byte[] b = ReaderRun.load("charset/0760.jxtdw.com-area-sanxiang.gb2312.html");
        assertEquals(Charset.forName("GB18030"), Charsets.pick(b, "text/html; charset=gb2312"));
        String s = Charsets.decode(b, "text/html; charset=gb2312");
        assertFalse(s.contains("\uFFFD"), "no replacement characters");
    }

    @Test
    void utf8BytesUnderGb2312MetaStayUtf8() {
        byte[] b = ReaderRun.load("charset/readability-qq-source.html");
        assertEquals(StandardCharsets.UTF_8, Charsets.pick(b, null));
        assertTrue(Charsets.decode(b, null).contains("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网"));
    }

    @Test
    void noLabelAtAllIsDetected() {
        // strip the declarations so only ICU detection is left to find windows-1251
        String html = "<html><body><p>Президент России заявил, что переговоры с Украиной продолжатся на следующей неделе "
                + "в Стамбуле, сообщает агентство. Министр иностранных дел подтвердил эти сведения журналистам.</p></body></html>";
        byte[] b = html.getBytes(Charset.forName("windows-1251"));
        assertEquals(html, Charsets.decode(b, null));
    }

    @Test
    void latin1LabelMeansWindows1252AndBomWins() {
        byte[] quote = {'<', 'p', '>', (byte) 0x93, 'h', 'i', (byte) 0x94, '<', '/', 'p', '>'};
        assertEquals("<p>\u201chi\u201d</p>", Charsets.decode(quote, "text/html; charset=ISO-8859-1"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9};
        assertEquals(StandardCharsets.UTF_8, Charsets.pick(bom, "text/html; charset=windows-1252"));
    }

    @Test
    void textFilesAreUtf8UnlessTheyAreNot() {
        assertEquals("Zürich", Charsets.decodeText("\uFEFFZürich".getBytes(StandardCharsets.UTF_8)));
        String ru = "Москва заявила о новых санкциях против соседних государств и их союзников в регионе.";
        assertEquals(ru, Charsets.decodeText(ru.getBytes(Charset.forName("windows-1251"))));
    }

    @Test
    void cjkLegacyLabelsUseTheirWindowsSupersets() {
        String ja = "<html><head><meta charset=\"Shift_JIS\"></head><body>岸田首相は① ～ 米国大統領と会談した</body></html>";
        byte[] sjis = ja.getBytes(Charset.forName("windows-31j"));
        assertEquals(ja, Charsets.decode(sjis, null)); // ① and ～ exist only in the Microsoft variant
        String ko = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head>"
                + "<body>윤석열 대통령 똠방각하</body></html>";
        assertEquals(ko, Charsets.decode(ko.getBytes(Charset.forName("x-windows-949")), null));
    }

    @Test
    void validUtf8UnderALatinLabelIsUtf8() {
        String s = "<p>Zelensky met Macron in Paris — “talks”, São Paulo</p>";
        assertEquals(s, Charsets.decode(s.getBytes(StandardCharsets.UTF_8), "text/html; charset=iso-8859-1"));
    }

    @Test
    void aUtf8PageWithAFewStrayLatin1BytesStaysUtf8() throws java.io.IOException {
        // as on real German blogs: UTF-8 text, one widget pasted in Latin-1 ("K\xfcchenblogs")
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write("<meta charset=utf-8><p>Grüße aus München, schön übermäßig groß. Bürgermeister Müller äußerte sich.</p>"
                .getBytes(StandardCharsets.UTF_8));
        b.write("<img alt=\"K\u00fcchenblogs\">".getBytes(Charset.forName("windows-1252")));
        String s = Charsets.decode(b.toByteArray(), null);
        assertTrue(s.contains("Grüße aus München"), s);
    }
}
