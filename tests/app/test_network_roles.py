"""The Network page's broker table and heat map name roles in words, never codes."""
from __future__ import annotations

from views.pages.network import frame, readable_role


def test_broker_roles_in_words_in_both_languages():
    row = {"actor": "Chile", "kind": "Country", "n_forums": 2, "forums": ["CRM", "CSM"],
           "roles": ["CRM: troika_member (Troika de la CRM)", "CSM: member"],
           "documents": ["informe"], "actor_id": "country:cl"}
    es = frame([row], ["actor", "roles"], "es").to_dict("records")[0]
    en = frame([row], ["actor", "roles"], "en").to_dict("records")[0]
    assert "troika_member" not in str(es) and "troika_member" not in str(en)
    assert "CSM: miembro" in str(es) and "CSM: member" in str(en)
    assert readable_role("no role here", "es") == "no role here"
