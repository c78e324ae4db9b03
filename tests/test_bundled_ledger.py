"""The bundled ledger, built from the published notice, holds exactly what the notice says."""

from __future__ import annotations

import pandas as pd

from analysis import ingest_notice
from analysis.figures.summary import reconciliation, summary
from analysis.paths import ANNOTATIONS, RAW_NOTICE


def test_twenty_findings_all_completed(bundled):
    f = bundled.findings
    assert list(f["number"]) == list(range(1, 21))
    assert (f["status"] == "completed").all()
    assert f.loc[0, "title"] == "对高层次人才女性典型榜样挖掘不多"
    assert f.loc[19, "title"] == "选人用人基础工作不够扎实"
    assert f["status_basis"].str.contains("已完成整改20个").all()


def test_no_invented_fields(bundled):
    f = bundled.findings
    for col in ("aspect", "category", "leader", "department", "deadline", "completed_on"):
        assert f[col].isna().all(), col


def test_measures_counted_from_enumeration(bundled):
    m = bundled.measures
    per_item = m[m["enumerated"]].groupby("finding_number").size()
    assert per_item.sum() == 54
    assert {n: per_item.get(n) for n in (7, 12, 18)} == {7: 2, 12: 2, 18: 2}
    assert 15 not in per_item.index
    item15 = m[m["finding_number"] == 15]
    assert len(item15) == 1 and not item15["enumerated"].iloc[0]
    assert item15["text"].iloc[0].startswith("本年度除参加党支部日常的学习和活动外")
    first = m.iloc[0]
    assert (first["marker"], first["heading"]) == ("一是", "提高典型推荐比例")


def test_forward_plan_kept_apart(bundled):
    p = bundled.plan
    assert list(p["section"].value_counts().sort_index()) == [4, 3]
    assert p[p["section"] == "next_steps"]["heading"].tolist()[0] == "提高站位,全面从严治党"
    assert not bundled.measures["text"].str.contains("提振精神").any()


def test_declared_totals(bundled):
    s = summary(bundled)
    assert s["declared"] == {
        "aspects": 3,
        "categories": 7,
        "problems": 20,
        "tasks": 20,
        "measures": 20,
        "completed": 20,
        "in_progress": None,
        "long_term": None,
        "not_completed": None,
        "completion_rate": 1.0,
    }


def test_reconciliation_agrees(bundled):
    r = reconciliation(bundled)
    assert set(r["figure"]) == {"problems", "completed", "completion_rate"}
    assert r["agrees"].all()


def test_delegate_thresholds(bundled):
    d = bundled.delegates
    q = d[d["quantified"]]
    assert q["indicator"].tolist() == [
        "outstanding_women",
        "grassroots",
        "non_cpc",
        "age_45_or_under",
        "junior_college_plus",
    ]
    assert q["threshold"].tolist() == [0.6, 0.7, 0.3, 0.6, 0.8]
    assert q["min_count"].tolist() == [96, 112, 48, 96, 128]
    assert (d["total"] == 160).all()
    minority = d[~d["quantified"]]
    assert minority["indicator"].tolist() == ["ethnic_minority"]
    assert minority["threshold"].isna().all()


def test_new_organisations_deduplicated(bundled):
    o = bundled.organisations
    assert len(o) == 11
    both = o[o["items"] == "4,12"]
    assert len(both) == 6
    assert o.set_index("name").loc["春城农贸市场", "sector"] == "market"
    assert o["sector"].value_counts().to_dict() == {
        "enterprise": 4,
        "law_firm": 3,
        "park": 1,
        "industry": 1,
        "accounting_firm": 1,
        "market": 1,
    }


def test_pilots_and_awards(bundled):
    p = bundled.pilots
    assert p.groupby("level")["count"].sum().to_dict() == {"municipal": 5, "provincial": 2}
    assert not p.loc[p["name"] == "新型婚育文化试点区", "count_stated"].iloc[0]
    a = bundled.awards
    assert a["count"].tolist() == [4, 1, 1]
    assert (a["level"] == "municipal").all()


def test_events_dated_with_precision(bundled):
    e = bundled.events.set_index("kind")
    assert e.loc["inspection_start", "date"] == pd.Timestamp("2023-12-08")
    assert e.loc["inspection_end", "date"] == pd.Timestamp("2024-01-26")
    assert e.loc["feedback", "date"] == pd.Timestamp("2024-03-28")
    pub = bundled.events[bundled.events["kind"] == "publication"].iloc[0]
    assert pub["source_file"] == "annotations.yaml"
    months = bundled.events[bundled.events["precision"] == "month"]
    assert months["year_inferred"].all() and len(months) == 5


def test_every_notice_row_cites_its_sentence(bundled, raw_text):
    for name, table in bundled.tables.items():
        rows = table[table["source_file"] == RAW_NOTICE.name]
        for r in rows.itertuples():
            assert raw_text[r.span_start : r.span_end] == r.source_text, (name, r.Index)


def test_ingest_regenerates_the_bundled_ledger(bundled, tmp_path):
    fresh = ingest_notice(RAW_NOTICE, annotations=ANNOTATIONS)
    for name, table in fresh.tables.items():
        pd.testing.assert_frame_equal(table, bundled.tables[name], obj=name)
    assert fresh.meta["source_sha256"] == bundled.meta["source_sha256"]


def test_raw_notice_is_the_seed_byte_for_byte():
    from analysis.paths import REPO_ROOT

    seed = REPO_ROOT.parent / "shared" / "seed" / RAW_NOTICE.name
    if seed.exists():
        assert seed.read_bytes() == RAW_NOTICE.read_bytes()
    import hashlib

    digest = hashlib.sha256(RAW_NOTICE.read_bytes()).hexdigest()
    assert digest == "5cf81e5c23c8d22e47db5290407971048edb4d92aeaf7178301cdf189007e46e"
