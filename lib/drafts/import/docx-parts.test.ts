import { describe, expect, it } from "vitest";
import { decodePart, hasDdeField, relationshipKind, relationshipsOf, resolveTarget } from "./docx-parts";

const field = (...pieces: string[]) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r>${pieces.map((p) => `<w:r><w:instrText xml:space="preserve">${p}</w:instrText></w:r>`).join("")}` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

describe("relationships of a .rels part", () => {
  it("reads type, target and mode in any attribute order, quoting, prefix or entity spelling", () => {
    const xml = `<?xml version="1.0"?><Relationships xmlns="x">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.gov.cn/" TargetMode="External"/>
      <Relationship TargetMode='Exte&#114;nal' Target='http://evil.example/a>b' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate' Id='rId2'/>
      <r:Relationship xmlns:r="x" Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/oleObject" Target="embeddings/a.bin"></r:Relationship>
      <!-- <Relationship Id="c" Type="t/afChunk" Target="x"/> -->
    </Relationships>`;
    expect(relationshipsOf(xml).map((r) => [relationshipKind(r.type), r.target, r.external])).toEqual([
      ["hyperlink", "https://www.gov.cn/", true],
      ["attachedtemplate", "http://evil.example/a>b", true],
      ["oleobject", "embeddings/a.bin", false],
    ]);
  });

  it("resolves targets against the part that owns the .rels", () => {
    expect(resolveTarget("word/_rels/document.xml.rels", "header1.xml")).toBe("word/header1.xml");
    expect(resolveTarget("word/_rels/document.xml.rels", "../customXml/item1.xml")).toBe("customXml/item1.xml");
    expect(resolveTarget("_rels/.rels", "word/document.xml")).toBe("word/document.xml");
    expect(resolveTarget("word/_rels/document.xml.rels", "/word/media/a.png")).toBe("word/media/a.png");
  });

  it("reads UTF-16 parts", () => {
    const xml = `<Relationship Type="t/frame" Target="http://x/" TargetMode="External"/>`;
    expect(relationshipsOf(decodePart(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")])))[0].external).toBe(true);
    const be = Buffer.from(xml, "utf16le").swap16();
    expect(relationshipsOf(decodePart(be))[0].external).toBe(true);
  });
});

describe("DDE fields", () => {
  it("finds DDE and DDEAUTO in complex and simple fields, however the instruction is spelled or split", () => {
    expect(hasDdeField(field('DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"'))).toBe(true);
    expect(hasDdeField(field(" dde ", "excel sheet1 r1c1"))).toBe(true);
    expect(hasDdeField(field("DD", "EAUTO c:\\\\x"))).toBe(true);
    expect(hasDdeField(field("&#68;DEAUTO x"))).toBe(true);
    expect(hasDdeField(field("<![CDATA[DDEAUTO x]]>"))).toBe(true);
    expect(hasDdeField(`<x:r><x:fldChar x:fldCharType="begin"/></x:r><x:r><x:instrText>DDEAUTO x</x:instrText></x:r>`)).toBe(true);
    expect(hasDdeField(`<w:fldSimple w:instr=" DDEAUTO c:\\\\x &quot;y&quot;"><w:r><w:t>x</w:t></w:r></w:fldSimple>`)).toBe(true);
    expect(hasDdeField(`<w:instrText>DDE x</w:instrText>`)).toBe(true);
  });

  it("finds a field whose type is computed by a nested field", () => {
    const nested = `<w:r><w:fldChar w:fldCharType="begin"/></w:r>${field("QUOTE 68 68 69 65 85 84 79")}<w:r><w:instrText> c:\\\\x</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(hasDdeField(nested)).toBe(true);
  });

  it("leaves ordinary fields alone", () => {
    expect(hasDdeField(field(' HYPERLINK "http://hidden.example/dde" '))).toBe(false);
    expect(hasDdeField(field(" PAGE ") + `<w:fldSimple w:instr=" NUMPAGES "/>`)).toBe(false);
    // A table of contents: HYPERLINK and PAGEREF fields nested in its result.
    const toc = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${field(' HYPERLINK \\l "_Toc1" ')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(hasDdeField(toc)).toBe(false);
    expect(hasDdeField(`<w:t>DDEAUTO 是一种字段</w:t><w:delInstrText>DDEAUTO x</w:delInstrText>`)).toBe(false);
  });
});
