"""`karpear check` as a translator runs it: messages with file:line, coverage, exit codes."""

import subprocess
import sys

import pytest

from app.cli import main


def run(capsys, *args):
    code = main(["check", *map(str, args)])
    return code, capsys.readouterr().out


def test_clean_folder_exits_0_with_coverage(guides, capsys):
    code, out = run(capsys, guides())
    assert code == 0
    assert "0 error(s), 0 warning(s)" in out
    assert "wiretap  km        8/8 100%             0         0  draft" in out


def test_broken_folder_exits_1_and_names_every_problem(guides, capsys):
    root = guides(
        {
            "wiretap/fr.yaml": "guide.title: [oops\n",
            "wiretap/km.yaml": "guide.title: Calls and messages\n",
            "tools.yaml": "schema: 1\ntools:\n  - id: signal\n    name: Signal\n",
        }
    )
    code, out = run(capsys, root)
    assert code == 1
    assert "wiretap/fr.yaml:2:1: error: YAML syntax error" in out
    assert "wiretap/km.yaml:1:14: warning: 'guide.title' is not Khmer script" in out
    assert "tools.yaml:3:5: error: tool has no 'status'" in out
    assert "wiretap/guide.yaml:17:16: error: step 'install-signal' names unknown tool 'signal'" in out


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--no-such-flag"])
    assert exc.value.code == 2


def test_fix_khmer_breaks_rewrites_khmer_files_only(guides, capsys):
    pytest.importorskip("khmercut")
    root = guides(
        {
            "wiretap/km.yaml": (guides() / "wiretap/km.yaml")
            .read_text()
            .replace(
                "step.operator.body: ប្រតិបត្តិករ\u200bអាច\u200bថត\u200bការហៅ\u200bនិង SMS ។",
                "step.operator.body: ប្រតិបត្តិករទូរស័ព្ទអាចស្ដាប់ការហៅរបស់អ្នកបានគ្រប់ពេល",
            )
        }
    )
    english_before = (root / "wiretap/en.yaml").read_bytes()
    code, out = run(capsys, "--fix-khmer-breaks", root)
    assert code == 0, out
    assert "wiretap/km.yaml: word breaks inserted" in out
    assert "no line-break opportunity" not in out
    assert (root / "wiretap/en.yaml").read_bytes() == english_before


def test_console_entry_point_runs_as_module(guides):
    result = subprocess.run(
        [sys.executable, "-m", "app", "check", str(guides())], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_goes_to_stdout(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    out = capsys.readouterr()
    assert out.out.startswith("karpear ") and out.err == ""


def test_fix_khmer_breaks_keeps_line_endings_and_permissions_and_skips_bad_bytes(guides, capsys):
    pytest.importorskip("khmercut")
    root = guides()
    km = root / "wiretap/km.yaml"
    text = km.read_text(encoding="utf-8") + "step.extra.title: ប្រតិបត្តិករទូរស័ព្ទអាចស្ដាប់ការហៅរបស់អ្នកបានគ្រប់ពេល\n"
    km.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    km.chmod(0o644)
    broken = root / "tools/km.yaml"
    broken.write_bytes(b"meta: {language: km}\ntool.signal.reason: \xff\n")
    code, out = run(capsys, "--fix-khmer-breaks", root)
    assert code == 1  # the broken file is reported as an error, not crashed on
    assert "tools/km.yaml:2:21: error: file is not UTF-8" in out
    assert broken.read_bytes().endswith(b"\xff\n")
    fixed = km.read_bytes()
    assert b"\r\n" in fixed and b"\n" not in fixed.replace(b"\r\n", b"")
    assert "\u200b" in fixed.decode("utf-8").split("step.extra.title: ")[1]
    assert km.stat().st_mode & 0o777 == 0o644
