"""kbgen.memo.Parts: values per record kept in a few memo entries, read back by the next build,
a part put anew only when its values changed, and a part of another shape made again."""
from __future__ import annotations

import zlib
from pathlib import Path

from kbgen import memo as memo_module
from kbgen.content_cache import code_version, read_shard, save_atomically, shard_file
from kbgen.memo import PARTS, Parts, PlanMemo, remembering


def part_of(owner: str) -> int:
    return zlib.crc32(owner.encode()) % PARTS


def one_build(folder: Path, records: dict[str, tuple], made: list[str], puts: list | None = None,
              key: tuple[str, ...] = ()) -> dict[str, object]:
    """A build asking for every record's value (its text upper-cased) through one Parts."""
    memo = PlanMemo(folder)
    if puts is not None:
        put = memo.put
        memo.put = lambda namespace, k, value: (puts.append(k[-1]), put(namespace, k, value))[1]  # type: ignore[method-assign]
    with remembering(memo):
        kept = Parts("test values", key)
        values = {owner: kept.of(owner, record, (), lambda record=record: (made.append(record[0]), record[1].upper())[1])
                  for owner, record in records.items()}
        kept.save()
    memo.save()
    return values


def test_values_are_read_back_and_only_the_changed_records_part_is_put_anew(tmp_path):
    records = {f"KB{n}": (f"KB{n}", f"text {n}") for n in range(200)}
    made: list[str] = []
    assert one_build(tmp_path, records, made)["KB7"] == "TEXT 7" and len(made) == 200
    made.clear()
    puts: list[str] = []
    assert one_build(tmp_path, records, made, puts) == {owner: r[1].upper() for owner, r in records.items()}
    assert made == [] and puts == []  # nothing changed: nothing made, nothing put
    records["KB7"] = ("KB7", "text seven")
    assert one_build(tmp_path, records, made, puts)["KB7"] == "TEXT SEVEN"
    assert made == ["KB7"] and puts == [str(part_of("KB7"))]
    del records["KB9"]  # a record gone: its part holds exactly this build's values
    made.clear(), puts.clear()
    one_build(tmp_path, records, made, puts)
    assert made == [] and puts == [str(part_of("KB9"))]
    read = PlanMemo(tmp_path).held(memo_module._name("test values", (str(part_of("KB9")),)))
    assert len(read) == sum(1 for owner in records if part_of(owner) == part_of("KB9"))


def test_a_part_of_another_shape_is_made_again_and_the_key_names_the_parts(tmp_path):
    records = {f"KB{n}": (f"KB{n}", f"text {n}") for n in range(50)}
    one_build(tmp_path, records, [])
    name = memo_module._name("test values", (str(part_of("KB3")),))
    file = shard_file(tmp_path, memo_module._shard_of(name))
    values = read_shard(file, memo_module.FORMAT)["values"]
    assert isinstance(values[name], dict) and values[name]
    values[name] = [("not", "a dict")]
    save_atomically(file, {"format": memo_module.FORMAT, "kbgen": code_version(), "values": values})
    made: list[str] = []
    assert one_build(tmp_path, records, made)["KB3"] == "TEXT 3"
    assert sorted(made) == sorted(owner for owner in records if part_of(owner) == part_of("KB3"))
    made.clear()
    one_build(tmp_path, records, made, key=("another site",))  # another key: other parts
    assert len(made) == 50


def test_outside_a_build_every_value_is_made_and_keys_with_a_nul_stay_apart(tmp_path):
    made: list[str] = []
    kept = Parts("test values")
    assert kept.of("KB1", ("KB1",), (), lambda: (made.append("x"), 1)[1]) == 1
    assert kept.of("KB1", ("KB1",), (), lambda: (made.append("x"), 1)[1]) == 1
    kept.save()
    assert made == ["x", "x"]
    memo = PlanMemo(tmp_path)
    with remembering(memo):
        kept = Parts("test values")
        assert kept.of("KB1", ("KB1",), ("a\0b",), lambda: 1) == 1
        assert kept.of("KB1", ("KB1",), ("a", "b"), lambda: 2) == 2  # joined, the two would be one name
        assert kept.of("KB1", ("KB1",), ("a\0b",), lambda: 3) == 1


def test_a_kept_tel_uri_is_given_without_phonenumbers_and_equals_a_fresh_one(tmp_path, monkeypatch):
    import sys

    import pytest

    from kbgen.links import tel_uri

    number = "+44 20 7946 0000 ext. 12"
    memo = PlanMemo(tmp_path)
    with remembering(memo):
        kept = tel_uri(number)
    memo.save()
    assert kept == tel_uri(number) == "tel:+442079460000;ext=12"  # outside a build: made, the same
    monkeypatch.setitem(sys.modules, "phonenumbers", None)  # importing it fails from here on
    with remembering(PlanMemo(tmp_path)):
        assert tel_uri(number) == kept  # read back: no import
        with pytest.raises(ImportError):  # a number not kept is read with the library
            tel_uri("+1 212 555 0100")
