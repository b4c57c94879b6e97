"""Every content mistake is reported as a value, with file, line and severity."""

from app.content import load_library
from app.content.model import Severity
from tests.content.conftest import GUIDE_EN, GUIDE_KM, meta_yaml


def issues_of(root):
    return {(i.path, i.line, i.severity.value, i.message) for i in load_library(root).issues}


def find(root, path, fragment):
    matches = [i for i in load_library(root).issues if i.path == path and fragment in i.message]
    assert matches, f"no issue in {path} containing {fragment!r}: {[i.format() for i in load_library(root).issues]}"
    return matches[0]


def test_the_base_set_is_clean(guides):
    assert load_library(guides()).issues == []


def test_structure_errors_in_guide_yaml_each_point_at_their_line(guides):
    root = guides(
        {
            "wiretap/guide.yaml": """\
            schema: 1
            id: wiretap
            version: one
            reviewed: 2026-11-28
            colour: blue
            sections:
              - id: why
                steps:
                  - id: operator
                    revision: 1
                  - id: operator
                    revision: 1
                  - id: Bad_Id
                    revision: 1
                  - id: install-signal
                    revision: 1
                    platforms: [android, blackberry]
                    tools: [signal, lotus]
                  - id: no-revision
                  - id: zero
                    revision: 0
            """,
        }
    )
    issues = load_library(root).issues
    by_line = {(i.line, i.severity): i.message for i in issues if i.path == "wiretap/guide.yaml"}
    assert "must be a whole number" in by_line[(3, Severity.ERROR)]
    assert "unknown key 'colour'" in by_line[(5, Severity.WARNING)]
    assert "duplicate id 'operator'" in by_line[(11, Severity.ERROR)]
    assert "not a valid id" in by_line[(13, Severity.ERROR)]
    assert "revision starts at 1" in by_line[(21, Severity.ERROR)]
    assert "unknown platform 'blackberry'" in by_line[(17, Severity.ERROR)]
    assert "unknown tool 'lotus'" in by_line[(18, Severity.ERROR)]
    assert "has no 'revision'" in by_line[(19, Severity.ERROR)]


def test_broken_guide_is_left_out_but_others_load(guides):
    root = guides(
        {
            "broken/guide.yaml": "schema: 1\nid: broken\nsections: [\n",
            "broken/en.yaml": "guide.title: x\n",
        }
    )
    library = load_library(root)
    assert library.guide_ids == ("wiretap",)
    issue = find(root, "broken/guide.yaml", "YAML syntax error")
    assert issue.is_error


def test_guide_without_english_is_an_error_and_left_out(guides):
    root = guides(
        {
            "other/guide.yaml": "schema: 1\nid: other\nversion: 1\nreviewed: 2026-01-01\nsections: []\n",
            "other/fr.yaml": "guide.title: x\n",
        }
    )
    assert find(root, "other/en.yaml", "no English file").is_error
    assert "other" not in load_library(root).guide_ids


def test_catalogue_errors(guides):
    root = guides(
        {
            "tools.yaml": """\
            schema: 1
            tools:
              - id: signal
                name: Signal
                status: great
                domains: [signal.org, "https://evil.example"]
                reviewed: 2026-13-45
                links:
                  - platform: android
                    kind: store
                    url: https://play.google.com/store/apps/details?id=org.evil
                    verify: {package_id: org.thoughtcrime.securesms}
              - id: signal
                name: Again
                status: recommended
                domains: []
                reviewed: 2026-11-28
                links: []
              - id: old
                name: Old
                status: discontinued
                domains: [old.example]
                reviewed: 2026-11-28
                links:
                  - {platform: pager, kind: vendor, url: "http://old.example/"}
            """,
        }
    )
    issues = {(i.line, i.message.split(" (")[0]) for i in load_library(root).issues if i.path == "tools.yaml"}
    assert (5, "unknown status 'great'") in issues
    assert (6, "'https://evil.example' is not a domain name") in issues
    assert (7, "'reviewed' must be a date written YYYY-MM-DD") in issues
    assert any(line == 11 and "host play.google.com is not an official domain" in m for line, m in issues)
    assert (13, "duplicate tool id 'signal'") in issues
    assert (21, "a discontinued tool must name what replaces it in 'replaced_by'") in issues
    assert (25, "unknown platform 'pager'") in issues
    assert any(line == 25 and "only https" in m for line, m in issues)


def test_store_link_must_match_its_package_id(guides):
    tools = (
        (guides() / "tools.yaml")
        .read_text()
        .replace("details?id=org.thoughtcrime.securesms", "details?id=org.thoughtcrime.fake")
    )
    root = guides({"tools.yaml": tools})
    assert "store link is for 'org.thoughtcrime.fake'" in find(root, "tools.yaml", "store link").message


def test_translation_problems(guides):
    root = guides(
        {
            "wiretap/meta/fr.yaml": "name: Français\nreview: {status: reviewed}\n",
            "wiretap/fr.yaml": """\
            guide.title: Appels et messages
            guide.summary: ""
            section.why.title: Pourquoi
            step.operator.title: Sachez qui écoute
            step.operator.body: Votre opérateur peut enregistrer.
            step.install-signal.title: Installez Signal
            step.install-signal.body: Depuis le site officiel pour {plateforme}.
            step.removed.title: Ancienne étape
            """,
        }
    )
    issues = load_library(root).issues
    fr = {(i.line, i.severity.value, i.message) for i in issues if i.path == "wiretap/fr.yaml"}
    meta = {(i.line, i.severity.value, i.message) for i in issues if i.path == "wiretap/meta/fr.yaml"}
    assert (2, "error", "a reviewed file must say who reviewed it ('by') and when ('date')") in meta
    assert (2, "warning", "'guide.summary' is empty: English is shown instead") in fr
    assert (1, "warning", "missing key 'section.signal.title': English is shown instead") in fr
    assert any(line == 7 and sev == "error" and "placeholders differ" in m for line, sev, m in fr)
    assert (8, "warning", "unknown key 'step.removed.title' (not used by the guide)") in fr


def test_markdown_html_images_and_bad_links_in_any_language(guides):
    root = guides(
        {
            "wiretap/km.yaml": """\
            guide.title: ការហៅ
            guide.summary: ការពារ
            section.why.title: ហេតុអ្វី
            step.operator.title: ដឹង
            step.operator.body: |
              ប្រតិបត្តិករ​អាច​ស្ដាប់។
              <script>alert(1)</script>
              ![រូប](https://signal.org/x.png)
              [ចុច](https://signal.org.evil.example/)
              [ចុច](javascript:alert(1))
              `<b>code is fine</b>` and <https://www.accessnow.org/help/>
            section.signal.title: Signal
            step.install-signal.title: ដំឡើង Signal
            step.install-signal.body: ទាញយក {platform} ពី https://evil.example/signal.apk
            """,
        }
    )
    km = {(i.line, i.message) for i in load_library(root).issues if i.path == "wiretap/km.yaml" and i.is_error}
    assert (7, "raw HTML is not allowed in guide texts (write Markdown)") in km
    assert (8, "images are not allowed in guide texts") in km
    refused = sorted((line, m) for line, m in km if m.startswith("link refused"))
    assert [line for line, _ in refused] == [8, 9, 10, 14]  # the image's target is judged as a link too
    assert "signal.org.evil.example is not an official domain" in refused[1][1]
    assert "javascript: links are never allowed" in refused[2][1]
    assert "evil.example is not an official domain" in refused[3][1]
    assert not any(line == 11 for line, _ in km)  # code spans and autolinks to allowed hosts are fine


def test_khmer_checks(guides):
    long_run = "ប្រតិបត្តិករទូរស័ព្ទអាចស្ដាប់ការហៅរបស់អ្នកបានគ្រប់ពេល"
    root = guides(
        {
            "wiretap/km.yaml": f"""\
            guide.title: Calls and messages
            guide.summary: ’kar BarBar
            section.why.title: ហេតុអ្វី
            step.operator.title: ដឹង
            step.operator.body: {long_run}
            section.signal.title: Signal
            step.install-signal.title: ដំឡើង Signal
            step.install-signal.body: "{{platform}} https://signal.org/download/"
            """,
        }
    )
    km = {(i.line, i.message.split(":")[0]) for i in load_library(root).issues if i.path == "wiretap/km.yaml"}
    assert (1, "'guide.title' is not Khmer script") in km
    assert (2, "'guide.summary' is not Khmer script") in km  # Limon-typed text is Latin letters
    assert (5, f"no line-break opportunity in {len(long_run)} Khmer characters (‘{long_run[:12]}…’)") in km
    assert not any(line in (6, 7, 8) for line, _ in km)  # names, URLs and placeholders may stay Latin


def test_a_meta_block_in_a_language_file_is_an_error_where_it_stands(guides):
    root = guides({"wiretap/km.yaml": GUIDE_KM + "meta: {language: km, review: {status: draft}}\n"})
    issue = find(root, "wiretap/km.yaml", "'meta' is not a text to translate")
    assert issue.is_error and issue.line == 9
    assert "meta/km.yaml" in issue.message


def test_metadata_problems_are_reported_in_the_metadata_file_at_their_line(guides):
    meta = meta_yaml("ខ្មែរ", GUIDE_EN, GUIDE_KM).replace("status: draft", "status: finished")
    meta = meta.replace('guide.title: "', 'guide.title: "zz')
    root = guides({"wiretap/meta/km.yaml": meta, "wiretap/meta/fr.yaml": "review: {status: draft}\n"})
    assert find(root, "wiretap/meta/km.yaml", "unknown review status 'finished'").line == 2
    assert find(root, "wiretap/meta/km.yaml", "'guide.title' in translated-from is not a fingerprint").line > 3
    assert find(root, "wiretap/meta/fr.yaml", "there is no fr.yaml for this metadata").line == 1
    (root / "wiretap/meta/km.yaml").unlink()
    assert find(root, "wiretap/km.yaml", "no meta/km.yaml beside it").severity.value == "warning"


def test_unsupported_schema_is_an_error(guides):
    text = (guides() / "wiretap/guide.yaml").read_text().replace("schema: 1", "schema: 7")
    assert find(guides({"wiretap/guide.yaml": text}), "wiretap/guide.yaml", "schema 7 is not supported").line == 1


def test_every_problem_in_one_run(guides):
    root = guides(
        {
            "tools.yaml": "schema: 1\ntools: [{id: x}]\n",
            "wiretap/guide.yaml": "schema: 1\nid: wiretap\nversion: 1\nreviewed: 2026-11-28\nsections: 5\n",
            "wiretap/fr.yaml": b"\xff\xfe",
        }
    )
    paths = {i.path for i in load_library(root).issues if i.is_error}
    assert {"tools.yaml", "wiretap/guide.yaml", "wiretap/fr.yaml"} <= paths


def test_prose_words_before_a_colon_are_not_links(guides):
    en = (
        (guides() / "wiretap/en.yaml")
        .read_text()
        .replace(
            "Your operator can record calls and SMS.", "Do not install the file: use the store. Metadata: who, when."
        )
    )
    assert [i for i in load_library(guides({"wiretap/en.yaml": en})).issues if i.path == "wiretap/en.yaml"] == []


def test_bare_www_address_is_judged_as_qt_would_open_it(guides):
    en = (
        (guides() / "wiretap/en.yaml")
        .read_text()
        .replace("Your operator can record calls and SMS.", "See www.accessnow.org for help.")
    )
    issues = load_library(guides({"wiretap/en.yaml": en})).issues
    assert [i.message for i in issues if i.path == "wiretap/en.yaml"] == [
        "link refused: only https links are allowed, not http"
    ]


def test_translation_must_copy_links_and_code_exactly(guides):
    en = (
        (guides() / "wiretap/en.yaml")
        .read_text()
        .replace("Your operator can record calls and SMS.", "Compare `4B:E4:F6` with what `apksigner` prints.")
    )
    fr = """\
        guide.title: Appels
        step.operator.title: Sachez qui écoute
        step.operator.body: |
          Comparez `4B:E4:F7` avec ce qu'affiche `apksigner`.
          Aide : [Access Now](https://www.accessnow.org/fr/help/).
        step.install-signal.body: Depuis [le site](https://signal.org/download/) pour {platform}.
        """
    issues = load_library(guides({"wiretap/en.yaml": en, "wiretap/fr.yaml": fr})).issues
    fr_errors = {
        (i.line, i.message.split(" (")[0].split(":")[0]) for i in issues if i.path == "wiretap/fr.yaml" and i.is_error
    }
    assert fr_errors == {
        (3, "code differs from English in 'step.operator.body'"),
        (3, "links differ from English in 'step.operator.body'"),
        (5, "link refused"),  # /fr/help/ is on an official domain, but not an address guide.yaml declares
    }
