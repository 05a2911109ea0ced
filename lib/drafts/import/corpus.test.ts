/**
 * The Word import over a corpus of real files: outside test documents (mammoth.js's own, as its
 * npm package ships them, and docxcompose's, from Debian's source package) and Chinese drafts written with python-docx and LibreOffice
 * (tests/fixtures/docx, see SOURCES.md there). Per file: the outcome, and for an import the
 * heading levels of the body in order. Nothing may crash: every file is imported or refused
 * with a message for the officer.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { parseBody } from "@/lib/drafts/body";
import { readImportedDocx } from "./read-import";

const OWN = "tests/fixtures/docx";
const MAMMOTH = "node_modules/mammoth/test/test-data";
const DOCXCOMPOSE = "tests/fixtures/docx/docxcompose";

/** "h1 h2 p …" per block, or the refusal. */
type Expected = { levels: string; title?: string; tables?: number; first?: string[] } | { refused: RegExp };

const EXPECTED: Record<string, Expected> = {
  // Chinese drafts (tests/fixtures/docx)
  "cn-numbered-list.docx": {
    // 1. 2. 3. stay the list's own numbers: never 一、 (before: 三、四、五、 and a second 二、).
    levels: "p h3 h3 h3 p",
    title: "石桥镇开展“三务”公开专项检查",
    first: ["11月12日至15日，石桥镇对全镇9个村“三务”公开情况开展专项检查，发现并督促整改以下问题：", "1.公开内容不全，部分村未公开集体资产处置情况。", "2.公开时间不及时，有的村季度财务拖到下季度才公开。", "3.公开形式单一，群众查阅不方便。"],
  },
  "cn-paren-list.docx": { levels: "p p p p p", first: ["柳河乡在村级重大事项决策中推行“四议两公开”，具体步骤是：", "（1）村党组织提议；", "（2）村“两委”会议商议；"] },
  "cn-chinese-headings.docx": { levels: "p h1 h2 p h2 h3 h1 p", first: ["今年以来，县卫生健康局组建12支党员医疗服务队，深入乡村开展义诊。", "一、主要做法", "（一）组建队伍", "从各医院抽调党员医生86名，按片区编成12支服务队。", "（二）定期下乡", "1.每月第一周到村。", "二、取得成效"] },
  "cn-heading-styles.docx": { levels: "p h1 p h2 p h1 p", first: ["东城街道将辖区划分为58个网格。", "一、人往格中去", "全体机关干部下沉网格。", "（一）每周走访"] },
  "cn-typed-headings.docx": { levels: "p h1 h2 h3 p h2 h1 p", title: "青山镇强化农村党员冬训" },
  "cn-table.docx": { levels: "p p p p p", tables: 1, first: ["西城街道党工委每周六在社区党群服务中心开设“周末议事厅”，办理情况如下表：", "社区：西城社区；议题数：12；已办结：11"] },
  "cn-ruby.docx": { levels: "p", first: ["活动选读篇目注音，如窈窕淑女，便于学生诵读。"] },
  "cn-ruby-only.docx": { levels: "p", first: ["春眠不觉晓"] },
  "cn-bullets.docx": { levels: "p p p p", first: ["老党员工作室主要承担三项工作：", "调解邻里纠纷"] },
  "cn-zip-comment-missing.docx": { levels: "p", title: "青山镇举办村级后备干部培训班" },
  "lo-draft.docx": { levels: "p h3 h3 h3 h1 p p h1 p", tables: 1, title: "县委组织部开展“三抓三促”调研" },
  // mammoth.js test documents (BSD-2-Clause)
  "comments.docx": { levels: "p" },
  "embedded-style-map.docx": { levels: "p" },
  "empty.docx": { refused: /没有正文/ },
  "endnotes.docx": { levels: "p" },
  "external-picture.docx": { refused: /外部/ },
  "footnote-hyperlink.docx": { refused: /没有正文/ },
  "footnotes.docx": { levels: "p" },
  "simple-list.docx": { levels: "p p", first: ["Apple", "Banana"] },
  "single-paragraph.docx": { levels: "p" },
  "strict-format.docx": { levels: "p" },
  "strikethrough.docx": { levels: "p" },
  "tables.docx": { levels: "p p p", tables: 1 },
  "text-box.docx": { levels: "p" },
  "tiny-picture-target-base-relative.docx": { refused: /没有正文/ },
  "tiny-picture.docx": { refused: /没有正文/ },
  "underline.docx": { levels: "p" },
  "utf8-bom.docx": { levels: "p" },
  // docxcompose 1.4.0 test documents (MIT), mostly German Word files
  "broken_listing_nested.docx": { levels: "p p p p p p p", first: ["blabla:", "a)aaaaaaa.", "b)behhh.", "c)cehhhh."] },
  "complex_field_with_split_fieldname.docx": { levels: "p", first: ["Datum: Tuesday 09 February 2021 00:00:00"] },
  "complex_field_without_separate.docx": { levels: "p p" },
  "content_controls.docx": { levels: "p p p p p" },
  "content_controls_multiline_formatted.docx": { levels: "p p p p p" },
  "continous_section_break.docx": { levels: "p p", first: ["Text before continuous section break.", "Text after continuous section break."] },
  // a) b) lists keep their letters; the level-0 bullets stay plain paragraphs
  "custom_list_style.docx": { levels: "p p p p", first: ["First item in an interesting list", "a)Sub-item 1.1"] },
  "docproperties.docx": { levels: "p p p p p p" },
  "embedded_excel_chart.docx": { levels: "p", first: ["Embedded Excel Chart:"] },
  "embedded_visio.docx": { refused: /内嵌了其他对象/ },
  "footnote.docx": { levels: "p p" },
  "footnotes_with_hyperlinks.docx": { levels: "p p" },
  // text only in the header and footer, or only a picture, SmartArt or a title
  "header_footer.docx": { refused: /没有正文/ },
  "header_with_image.docx": { refused: /没有正文/ },
  "image.docx": { refused: /没有正文/ },
  "legacy_empty.docx": { refused: /没有正文/ },
  "smart_art.docx": { refused: /没有正文/ },
  "numbering_reference_to_numbering_zero.docx": { refused: /没有正文/ },
  "hyperlinks.docx": { levels: "p p" },
  "master.docx": { levels: "p p", title: "Master", first: ["Prolog", "Epilog"] },
  "next_page_section_break.docx": { levels: "p p" },
  // Word's own 1. 2. numbering comes back as text "1." (a level-3 heading number in the body model)
  "numbering_with_paragraphs_in_between.docx": { levels: "p p h3 h3 h3 h3 p p h3 h3 h3", first: ["blabla", "u hie d lischte", "1.zersch", "2.zwöits"] },
  "numberings.docx": { levels: "p p p p p p p p h3 h3 p p h3 p p h3 p p" },
  "numberings_restart.docx": { levels: "h3 h3 p p h3 h3 p p", first: ["1.Ordered list item 1", "2.Ordered list item 2", "Unordered list item 1"] },
  // Heading styles without numbers stay paragraphs: headings are told by their numbers
  "styles_de.docx": { levels: "p p p p", first: ["Überschrift 1", "Standard, fett, zitat"] },
  "switched_listing_style.docx": { levels: "p p p p p" },
  "table.docx": { levels: "p p p p", tables: 1 },
};

const files = [OWN, MAMMOTH, DOCXCOMPOSE].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".docx"))
    .sort()
    .map((name) => ({ name, path: join(dir, name) })),
);

describe("the Word import corpus", { timeout: 120_000 }, () => {
  it("holds every file the test expects, and no file without an expectation", () => {
    expect(files.map((f) => f.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(file.name, async () => {
      const expected = EXPECTED[file.name];
      const outcome = await readImportedDocx(file.name, readFileSync(file.path), "2026-11-23").catch((error: unknown) => {
        // A refusal is an answer; anything else is a crash.
        if (error instanceof ValidationError) return error;
        throw error;
      });
      if ("refused" in expected) {
        expect(outcome).toBeInstanceOf(ValidationError);
        expect((outcome as ValidationError).message).toMatch(expected.refused);
        return;
      }
      if (outcome instanceof ValidationError) throw new Error(`refused: ${outcome.message}`);
      const blocks = parseBody(outcome.body);
      expect(blocks.map((b) => b.type).join(" ")).toBe(expected.levels);
      if (expected.title) expect(outcome.doc.title).toBe(expected.title);
      expect(outcome.doc.tables).toBe(expected.tables ?? 0);
      if (expected.first) expect(blocks.slice(0, expected.first.length).map((b) => b.text)).toEqual(expected.first);
    });
  }
});
