#!/usr/bin/env python3
"""Writes the 公文 evaluation set of bench/gongwen: for each document spec below, its layout lines
(lines/<id>.json: style + text, read by GongwenOfdWriter for the OFD copies), a flat ODT (GB/T 9704 page:
A4, 3.7/3.5/2.8/2.6 cm margins, 16 pt, page number "— N —" in the footer, the running header when the spec
has one) converted by LibreOffice to files/<id>.docx and files/<id>.pdf, and truth.tsv with every element's
value. Deterministic (random.Random(9704)). Run: python3 bench/gongwen/make_corpus.py (needs soffice and a
CJK font, e.g. Debian's libreoffice-writer-nogui and fonts-noto-cjk); then bench/run.sh gongwen-ofd."""
import json, os, random, shutil, subprocess, sys, tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(9704)

UNITS = [  # name, 代字, kind of unit
    ("国务院办公厅", "国办发", "中央"), ("吉林省人民政府办公厅", "吉政办发", "省"), ("吉林省人民政府", "吉政发", "省"),
    ("长春市人民政府", "长府发", "市"), ("梅河口市人民政府办公室", "梅政办发", "县"), ("通化县人民政府", "通县政发", "县"),
    ("吉林省教育厅", "吉教办", "部门"), ("吉林省财政厅", "吉财预", "部门"), ("东北师范大学", "东师发", "学校"),
    ("吉林省交通投资集团有限公司", "吉交投发", "企业"), ("四平市卫生健康委员会", "四卫健发", "部门"),
    ("浙江省人力资源和社会保障厅", "浙人社发", "部门"), ("杭州市西湖区人民政府", "西政发", "县"),
    ("广东省发展和改革委员会", "粤发改", "部门"), ("长春市第十一中学", "长十一中发", "学校"),
    ("中国石油吉林油田分公司", "吉油发", "企业"), ("吉林省生态环境厅", "吉环函", "部门"), ("贵州省人民政府办公厅", "黔府办函", "省"),
]
SUBJECTS = ["加强下派挂职干部管理", "做好2019年度安全生产检查", "推进乡村振兴示范村建设", "开展校园食品安全专项整治",
            "规范政府采购项目验收", "做好防汛抗旱准备", "深化放管服改革优化营商环境", "加强网络安全等级保护",
            "组织开展爱国卫生运动", "落实河长制湖长制", "做好高校毕业生就业创业", "加强基层党组织建设",
            "推进智慧农业平台建设", "开展节能减排专项行动", "做好冬季供暖保障", "加强档案信息化建设",
            "推进老旧小区改造", "开展职业技能提升行动"]
RECIPIENTS = {"中央": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
              "省": "各市（州）人民政府，长白山管委会，梅河口市人民政府，各县（市、区）人民政府，省政府各厅委办、各直属机构",
              "市": "各县（市）区人民政府，市政府各委办局、各直属机构",
              "县": "各乡镇人民政府，县政府各部门",
              "部门": "各市（州）、县（市、区）主管部门，厅属各单位",
              "学校": "各学院（部）、各部门",
              "企业": "公司各部门、各二级单位"}
BODY = ["为深入贯彻落实党中央、国务院决策部署，进一步{s}，经研究，现将有关事项{k}如下。",
        "一、提高思想认识",
        "各地各部门要充分认识{s}的重要意义，把这项工作摆在突出位置，主要负责同志要亲自抓、负总责，切实加强组织领导，确保各项任务落到实处。",
        "二、明确工作任务",
        "要围绕目标任务，细化工作措施，建立工作台账，明确责任单位和完成时限。对工作中发现的问题，要及时研究解决，重大问题及时报告。",
        "三、强化督促检查",
        "各责任单位要加强对工作落实情况的督促检查，定期通报进展情况。对工作推进不力、造成不良影响的，要严肃追究相关人员责任。",
        "四、加强宣传引导",
        "要充分利用报刊、广播电视和网络等媒体，广泛宣传工作中的好经验好做法，营造全社会共同参与的良好氛围。"]
KINDS = ["通知", "意见", "决定", "报告", "请示", "批复", "函", "纪要", "通报"]
BRACKETS = [("〔", "〕")] * 6 + [("[", "]"), ("(", ")"), ("【", "】"), ("（", "）"), None]
CN_DIGITS = "〇一二三四五六七八九"
NAMES = ["王建国", "李红梅", "张志强", "刘海涛", "陈晓东", "赵丽华", "孙卫民", "周文斌"]
ATTACH = ["工作任务分工表", "联系人名单", "检查验收标准", "2019年度项目清单", "申报表", "挂职干部花名册"]


def cn_number(n):
    if n < 10:
        return CN_DIGITS[n]
    return ("" if n < 20 else CN_DIGITS[n // 10]) + "十" + ("" if n % 10 == 0 else CN_DIGITS[n % 10])


def cn_date(y, m, d):
    return "".join(CN_DIGITS[int(c)] for c in str(y)) + "年" + cn_number(m) + "月" + cn_number(d) + "日"


def spec(i):
    unit, code, level = UNITS[i % len(UNITS)]
    kind = KINDS[i % len(KINDS)]
    subject = SUBJECTS[(i * 7) % len(SUBJECTS)]
    year = 2015 + i % 9
    num = R.randint(1, 120)
    joint = i % 11 == 5 and kind != "纪要"  # a 纪要 has neither a joint 标志 nor a signature
    issuers = [unit] + (["吉林省财政厅" if unit != "吉林省财政厅" else "吉林省教育厅"] if joint else [])
    brackets = R.choice(BRACKETS)
    if kind == "纪要":
        doc_number = None
    elif brackets is None:
        doc_number = f"{code}{year}年{num}号"
    else:
        doc_number = f"{code}{brackets[0]}{year}{brackets[1]}{num}号"
    upward = kind in ("报告", "请示")
    d = dict(id=f"gw{i + 1:02d}", unit=unit, level=level, kind=kind,
             copy_number=f"{R.randint(1, 999999):06d}" if R.random() < 0.3 else None,
             security_level=R.choice(["秘密", "机密★5年", "秘密★1年"]) if R.random() < 0.25 else None,
             urgency=R.choice(["特急", "加急"]) if R.random() < 0.25 else None,
             doc_number=doc_number,
             signer="、".join(R.sample(NAMES, 2 if joint else 1)) if upward else None,
             issuer=issuers, joint=joint)
    verb = {"通知": "通知", "意见": "提出", "决定": "决定", "报告": "报告", "请示": "请示", "批复": "批复",
            "函": "函告", "纪要": "纪要", "通报": "通报"}[kind]
    if kind == "纪要":
        d["title"] = unit + "工作会议纪要"
    elif kind == "批复":
        d["title"] = f"{unit}关于{subject}有关问题的批复"
    else:
        d["title"] = f"{unit}关于{subject}的{kind}"
    if upward:
        d["recipients"] = R.choice(["吉林省人民政府", "市委、市政府", "省教育厅", "国务院"])
    elif kind == "批复":
        d["recipients"] = R.choice(["长春市人民政府", "省交通运输厅", "四平市教育局"])
    elif kind == "纪要":
        d["recipients"] = None
    else:
        d["recipients"] = RECIPIENTS[level] if R.random() < 0.85 else None
    n_att = R.choice([0, 0, 1, 2, 3])
    d["attachments"] = R.sample(ATTACH, n_att)
    y, m, dd = year, R.randint(1, 12), R.randint(1, 28)
    d["date"] = f"{y}-{m:02d}-{dd:02d}"
    d["date_style"] = "cn" if R.random() < 0.2 else "arabic"
    d["signature"] = kind != "纪要" and R.random() < 0.9
    d["note"] = R.choice(["此件公开发布", "此件不公开", "联系人：王明，电话：0431-88905678"]) if R.random() < 0.3 else None
    d["cc"] = R.choice(["省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院", "市委办公室，市人大常委会办公室，市政协办公室",
                        "集团公司领导班子成员", "学校领导"]) if R.random() < 0.6 else None
    printer = unit if "办公" in unit or level in ("学校", "企业") else unit + "办公室"
    pd = dd + R.randint(0, 3)
    d["printed_by"], d["printed_date"] = (printer, f"{y}-{m:02d}-{pd:02d}") if R.random() < 0.7 else (None, None)
    d["running_header"] = unit if R.random() < 0.2 else None
    d["pages"] = R.choice([1, 1, 2, 2, 3])
    d["body"] = [p.format(s=subject, k=verb) for p in BODY[:1 + 2 * d["pages"]]]
    return d


def layout(d):
    """The document as laid out: (style, text) lines; styles L C R P (indented paragraph) and PAGE (page break)."""
    out = []
    head = [v for v in (d["copy_number"], d["security_level"], d["urgency"]) if v]
    out += [("L", v) for v in head]
    if d["kind"] == "纪要":
        out.append(("C", d["title"]))
    else:
        if d["joint"]:
            out += [("C", org) for org in d["issuer"]] + [("C", "文件")]
        elif d["kind"] == "函":
            out.append(("C", d["unit"]))
        else:
            out.append(("C", d["unit"] + "文件"))
        if d["signer"]:
            out.append(("L", d["doc_number"] + "\u3000\u3000\u3000\u3000\u3000\u3000签发人：" + d["signer"].replace("、", "\u3000")))
        else:
            out.append(("C", d["doc_number"]))
        title = d["title"]
        if len(title) > 24:
            cut = title.index("关于") + 2 if "关于" in title else len(title) // 2
            out += [("C", title[:cut]), ("C", title[cut:])]
        else:
            out.append(("C", title))
    if d["recipients"]:
        out.append(("L", d["recipients"] + "："))
    for k, p in enumerate(d["body"]):
        out.append(("P", p))
        if k in (2, 4) and k + 1 < len(d["body"]):
            out.append(("PAGE", ""))
    if d["attachments"]:
        if len(d["attachments"]) == 1:
            out.append(("P", "附件：" + d["attachments"][0]))
        else:
            out.append(("P", "附件：1." + d["attachments"][0]))
            out += [("P", f"\u3000\u3000\u3000{n + 2}." + a) for n, a in enumerate(d["attachments"][1:])]
    y, m, dd = (int(x) for x in d["date"].split("-"))
    if d["signature"]:
        out.append(("R", "\u3000\u3000".join(d["issuer"])))
    out.append(("R", cn_date(y, m, dd) if d["date_style"] == "cn" else f"{y}年{m}月{dd}日"))
    if d["note"]:
        out.append(("P", "（" + d["note"] + "）"))
    for n, a in enumerate(d["attachments"]):
        out.append(("PAGE", ""))
        out.append(("L", "附件" + (str(n + 1) if len(d["attachments"]) > 1 else "")))
        out.append(("C", a))
        out.append(("P", "（具体内容略）"))
    if d["cc"] or d["printed_by"]:
        out.append(("PAGE", ""))
        if d["cc"]:
            out.append(("L", "抄送：" + d["cc"] + "。"))
        if d["printed_by"]:
            py, pm, pdd = (int(x) for x in d["printed_date"].split("-"))
            out.append(("L", d["printed_by"] + "\u3000\u3000\u3000\u3000" + f"{py}年{pm}月{pdd}日印发"))
    return out


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="0.98cm"/><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="16pt" style:font-size-asian="16pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-right="1.2cm"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.13cm"/></style:style>
<style:style style:name="PAGE" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="1.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="1.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">{header}<style:footer><text:p text:style-name="C">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
"""


def fodt(d, lines):
    header = f'<style:header><text:p text:style-name="C">{escape(d["running_header"])}</text:p></style:header>' if d["running_header"] else ""
    out = [FODT_HEAD.replace("{title}", escape(d["title"])).replace("{header}", header)]
    page_break = False
    for style, text in lines:
        if style == "PAGE":
            page_break = True
            continue
        name = "PAGE" if page_break else style
        page_break = False
        out.append(f'<text:p text:style-name="{name}">{escape(text)}</text:p>\n')
    out.append("</office:text></office:body></office:document>\n")
    return "".join(out)


def truth_row(d):
    def v(x):
        return "" if x is None else x
    return [d["id"], d["unit"], d["kind"], v(d["copy_number"]), v(d["security_level"]), v(d["urgency"]),
            v(d["doc_number"]), v(d["signer"]), d["title"], v(d["recipients"]), "|".join(d["attachments"]),
            "|".join(d["issuer"]), d["date"], v(d["cc"]), v(d["printed_by"]), v(d["printed_date"]),
            v(d["running_header"]), "held-out" if int(d["id"][2:]) > 30 else "measured"]


COLUMNS = ["id", "unit", "kind", "copy_number", "security_level", "urgency", "doc_number", "signer", "title",
           "recipients", "attachments", "issuer", "date", "cc", "printed_by", "printed_date", "running_header", "set"]


def main():
    count = 36
    specs = [spec(i) for i in range(count)]
    os.makedirs(os.path.join(HERE, "lines"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "files"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="gongwen-fodt-")
    for d in specs:
        lines = layout(d)
        with open(os.path.join(HERE, "lines", d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump({"running_header": d["running_header"], "lines": [[s, t] for s, t in lines]}, f,
                      ensure_ascii=False, indent=0)
        with open(os.path.join(work, d["id"] + ".fodt"), "w", encoding="utf-8") as f:
            f.write(fodt(d, lines))
    fodts = sorted(os.path.join(work, n) for n in os.listdir(work))
    for target in ("docx:MS Word 2007 XML", "pdf:writer_pdf_Export"):
        subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", os.path.join(HERE, "files")]
                       + fodts, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(work)
    with open(os.path.join(HERE, "truth.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for d in specs:
            f.write("\t".join(truth_row(d)) + "\n")


if __name__ == "__main__":
    sys.exit(main())
