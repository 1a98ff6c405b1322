package org.artofthepossible.toolkit.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Hostile strings for XSS tests: filter-evasion vectors in the spirit of OWASP's cheat sheet, every
 * event-handler attribute, encodings of {@code <}, and dangerous URL schemes in mixed case and with
 * control characters or entities. Put each in every field a page shows, and check the page with
 * {@link HtmlSafety}.
 */
public final class XssVectors {
    private XssVectors() {}

    private static final List<String> EVASIONS =
            List.of(
                    "<script>alert(1)</script>",
                    "<SCRIPT SRC=https://example.org/xss.js></SCRIPT>",
                    "'';!--\"<XSS>=&{()}",
                    "<IMG SRC=\"javascript:alert('XSS');\">",
                    "<IMG SRC=javascript:alert('XSS')>",
                    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                    "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
                    "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
                    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
                    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
                    "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
                    "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
                    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                    "<SCRIPT/XSS SRC=\"https://example.org/xss.js\"></SCRIPT>",
                    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
                    "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
                    "<SCRIPT SRC=https://example.org/xss.js?< B >",
                    "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
                    "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
                    "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
                    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
                    "<IMG DYNSRC=\"javascript:alert('XSS')\">",
                    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
                    "<svg/onload=alert('XSS')>",
                    "<BR SIZE=\"&{alert('XSS')}\">",
                    "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
                    "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
                    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
                    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
                    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
                    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
                    "<BASE HREF=\"javascript:alert('XSS');//\">",
                    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://example.org/scriptlet.html\"></OBJECT>",
                    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
                    "<SCRIPT a=\">\" SRC=\"https://example.org/xss.js\"></SCRIPT>",
                    "<A HREF=\"http://0x42.0x0000066.0x7.0x93/\">XSS</A>",
                    "<A HREF=\"javascript:document.location='https://example.org/'\">XSS</A>",
                    "\"><script>alert(1)</script>",
                    "'><script>alert(1)</script>",
                    "</textarea><script>alert(1)</script>",
                    "--><script>alert(1)</script>",
                    "]]><script>alert(1)</script>",
                    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                    "<details open ontoggle=alert(1)>",
                    "<form action=javascript:alert(1)><button>x</button></form>",
                    "<button formaction=javascript:alert(1)>x</button>",
                    "<video><source onerror=alert(1)></video>",
                    "<audio src=x onerror=alert(1)>",
                    "<object data=\"javascript:alert(1)\">",
                    "<isindex action=javascript:alert(1) type=image>",
                    "<x onclick=alert(1) src=a>click</x>",
                    "{{constructor.constructor('alert(1)')()}}",
                    "${alert(1)}",
                    "<template><script>alert(1)</script></template>",
                    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                    "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                    "[x](javascript:alert(1))",
                    "[x](JAVASCRIPT:alert(1))",
                    "![x](javascript:alert(1))",
                    "<javascript:alert(1)>",
                    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                    "[x](vbscript:msgbox(1))",
                    "[x](&#106;avascript:alert(1))",
                    "[x]( javascript:alert(1))",
                    "[x](java&#x09;script:alert(1))",
                    "[x]: javascript:alert(1)\n\n[x]");

    private static final List<String> EVENT_HANDLERS =
            List.of(
                    "onabort",
                    "onafterprint",
                    "onanimationend",
                    "onanimationiteration",
                    "onanimationstart",
                    "onauxclick",
                    "onbeforecopy",
                    "onbeforecut",
                    "onbeforeinput",
                    "onbeforeprint",
                    "onbeforeunload",
                    "onbegin",
                    "onblur",
                    "oncanplay",
                    "oncanplaythrough",
                    "onchange",
                    "onclick",
                    "onclose",
                    "oncontextmenu",
                    "oncopy",
                    "oncuechange",
                    "oncut",
                    "ondblclick",
                    "ondrag",
                    "ondragend",
                    "ondragenter",
                    "ondragleave",
                    "ondragover",
                    "ondragstart",
                    "ondrop",
                    "ondurationchange",
                    "onend",
                    "onended",
                    "onerror",
                    "onfocus",
                    "onfocusin",
                    "onfocusout",
                    "onformdata",
                    "onfullscreenchange",
                    "onhashchange",
                    "oninput",
                    "oninvalid",
                    "onkeydown",
                    "onkeypress",
                    "onkeyup",
                    "onload",
                    "onloadeddata",
                    "onloadedmetadata",
                    "onloadstart",
                    "onmessage",
                    "onmousedown",
                    "onmouseenter",
                    "onmouseleave",
                    "onmousemove",
                    "onmouseout",
                    "onmouseover",
                    "onmouseup",
                    "onmousewheel",
                    "onoffline",
                    "ononline",
                    "onpagehide",
                    "onpageshow",
                    "onpaste",
                    "onpause",
                    "onplay",
                    "onplaying",
                    "onpointercancel",
                    "onpointerdown",
                    "onpointerenter",
                    "onpointerleave",
                    "onpointermove",
                    "onpointerout",
                    "onpointerover",
                    "onpointerrawupdate",
                    "onpointerup",
                    "onpopstate",
                    "onprogress",
                    "onratechange",
                    "onrepeat",
                    "onreset",
                    "onresize",
                    "onscroll",
                    "onscrollend",
                    "onsearch",
                    "onseeked",
                    "onseeking",
                    "onselect",
                    "onselectionchange",
                    "onselectstart",
                    "onshow",
                    "onstalled",
                    "onstorage",
                    "onsubmit",
                    "onsuspend",
                    "ontimeupdate",
                    "ontoggle",
                    "ontouchend",
                    "ontouchmove",
                    "ontouchstart",
                    "ontransitionend",
                    "onunload",
                    "onvolumechange",
                    "onwaiting",
                    "onwheel");

    private static final List<String> LESS_THAN =
            List.of(
                    "<", "&lt;", "&LT;", "&#60;", "&#060;", "&#x3c;", "&#X3C;", "%3C", "\\x3c",
                    "\\u003c", "\u00bc", "\uff1c", "&lt", "&#60", "+ADw-");

    private static final List<String> SCHEMES = List.of("javascript", "vbscript", "data");

    /**
     * Every vector, without duplicates.
     *
     * @return the vectors
     */
    public static List<String> all() {
        var vectors = new LinkedHashSet<String>(EVASIONS);
        for (String handler : EVENT_HANDLERS) {
            vectors.add("<svg " + handler + "=alert(1)>");
            vectors.add("\" " + handler + "=\"alert(1)");
        }
        for (String lt : LESS_THAN) {
            vectors.add(lt + "script>alert(1)" + lt + "/script>");
            vectors.add(lt + "img src=x onerror=alert(1)>");
        }
        for (String scheme : SCHEMES) {
            for (String variant : variants(scheme)) {
                vectors.add(variant + ":alert(1)");
                vectors.add("[x](" + variant + ":alert(1))");
            }
        }
        return List.copyOf(vectors);
    }

    /** Mixed case, control characters and entities inside a scheme name. */
    private static List<String> variants(String scheme) {
        var out = new ArrayList<String>();
        out.add(scheme);
        out.add(scheme.toUpperCase(Locale.ROOT));
        out.add(Character.toUpperCase(scheme.charAt(0)) + scheme.substring(1));
        String half = scheme.substring(0, scheme.length() / 2);
        String rest = scheme.substring(scheme.length() / 2);
        for (String inside :
                List.of("\t", "\n", "\r", "\u0000", "&#x09;", "&#10;", "&Tab;", "%09")) {
            out.add(half + inside + rest);
        }
        out.add(" " + scheme);
        out.add("\u0001" + scheme);
        return out;
    }
}
