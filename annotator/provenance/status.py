"""Status at publication: the outlet's legal actions and the address's domain role evaluated at
the article's publication date as well as today ("at publication (2020-07-21): not yet: taken
786 days after publication; today: taken 2022-09-15, no lifting recorded"). A copy read years
later must not be judged by what happened after it was written, nor its later status hidden."""

from __future__ import annotations

import datetime as dt

from ..models import OutletMatch, PublicationStatus, StatusLine
from ..sources.schema import Domain


def published_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def status(match: OutletMatch, published: str | None, today: dt.date) -> PublicationStatus | None:
    outlet = match.outlet
    if outlet is None:
        return None
    when = published_date(published)
    lines: list[StatusLine] = []
    for act in sorted(outlet.legal, key=lambda a: a.date):
        text = f"{act.type.replace('_', ' ')} by {act.authority}, {act.date.isoformat()}"
        if when is None:
            at = "unknown: the page gives no publication date"
        elif act.date <= when:
            at = f"already taken ({act.date.isoformat()})"
        else:
            at = f"not yet: taken {(act.date - when).days} days after publication"
        # The registry records when an action was taken, not whether it was later lifted.
        now = (
            f"taken {act.date.isoformat()}, no lifting recorded"
            if act.date <= today
            else f"dated {act.date.isoformat()}, after today"
        )
        lines.append(StatusLine(text=text, at_publication=at, today=now))
    dom = _domain(match)
    if dom is not None and (dom.valid_from or dom.valid_to):
        text = f"domain {dom.domain} ({dom.role})"
        held = _held(dom, when)
        lines.append(StatusLine(text=text, at_publication=held, today=_held(dom, today)))
    if not lines:
        return None
    return PublicationStatus(published=when.isoformat() if when else None, lines=lines)


def _domain(match: OutletMatch) -> Domain | None:
    assert match.outlet is not None
    host = match.host or ""
    best = None
    for dom in match.outlet.domains:
        mine = host == dom.domain or host.endswith("." + dom.domain)
        if mine and (best is None or len(dom.domain) > len(best.domain)):
            best = dom
    return best


def _held(dom: Domain, when: dt.date | None) -> str:
    if when is None:
        return "unknown: no date"
    if dom.valid_from and when < dom.valid_from:
        return f"not yet the outlet's (from {dom.valid_from.isoformat()})"
    if dom.valid_to and when > dom.valid_to:
        return f"no longer the outlet's ({dom.role} {dom.valid_to.isoformat()})"
    return "the outlet's domain"
