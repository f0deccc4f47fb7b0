#!/usr/bin/env python3
"""The Jinja feature cases of t/data/jinja/features.jsonl: each template
below rendered by Python jinja2 set up as transformers sets it up
(tools/chat_cases.py).  Rerun after adding a case:

    tools/jinja_cases.py > t/data/jinja/features.jsonl

A case that jinja2 refuses is written with "error" (its message when it
came from raise_exception, "error_exact": true)."""
import json
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from chat_cases import Raised, env  # noqa: E402

M = [{"role": "system", "content": " sys "}, {"role": "user", "content": "hi\n"},
     {"role": "assistant", "content": "yo"}]
CASES = [
    # whitespace control, trim_blocks, lstrip_blocks, comments
    ("{% if true %}\n  a\n{% endif %}\n", {}),
    ("  {% if true %}x{% endif %}  \n  y", {}),
    ("a  {%- if true -%}  b  {%- endif -%}  c", {}),
    ("a {{- 'b' -}} c {{ 'd' }} e", {}),
    ("{# c #}\nx {#- c -#} y\n  {# c #}\nz", {}),
    ("a\n  {%+ if true %}b{% endif %}", {}),
    ("line\r\nnext{% if true %}\r\nx{% endif %}", {}),
    ("end\n", {}),
    ("end\n\n", {}),
    ("{{ 'a' }}\n{{ 'b' }}\n", {}),
    ("{% for x in [1,2] %}\n{{ x }}\n{% endfor %}\n", {}),
    # literals and printing
    ("{{ 1 }} {{ -2 }} {{ 1.5 }} {{ 2.0 }} {{ 1e3 if false else 10/4 }} {{ 7//2 }} {{ -7//2 }} {{ -7 % 3 }} {{ 2**10 }}", {}),
    ("{{ true }} {{ False }} {{ none }} {{ None }} {{ [1, 'a', none, true] }} {{ {'k': 'v', 'n': 1} }}", {}),
    ("{{ 'it''s' }} {{ \"q\\\"x\" }} {{ 'tab\\tnl\\nu\\u00e9' }} {{ 'a' 'b' }}", {}),
    ("{{ ['a\\'b', \"c\\\"d\", 'e\\\\f', '\\x00', '\\u2028', 'é'] }}", {}),
    ("{{ undefined_name }}|{{ m.nokey }}|{{ m['nokey'] }}", {"m": {}}),
    ("{{ 0.1 + 0.2 }} {{ 1/3 }} {{ 1e20 * 10 }} {{ 3 * 'ab' }} {{ [1] + [2] }}", {}),
    # operators
    ("{{ 1 == 1.0 }} {{ 'a' != 'b' }} {{ 2 < 3 }} {{ 'b' >= 'a' }} {{ 1 in [1,2] }} {{ 'x' not in 'abc' }} {{ 'k' in {'k': 1} }}", {}),
    ("{{ 'a' ~ 1 ~ none ~ true }} {{ 1 + 2 * 3 - 4 }} {{ (1 + 2) * 3 }} {{ not true or false and true }}", {}),
    ("{{ 0 or 'x' }} {{ '' and 'y' }} {{ 'a' if 1 > 2 else 'b' }} [{{ 'a' if false }}]", {}),
    ("{{ true != false }} {{ true == 1 }} {{ none == none }} {{ [1, [2]] == [1, [2]] }}", {}),
    # filters
    ("{{ '  a b \\n' | trim }}|{{ 'xxaxx' | trim('x') }}|{{ ' a ' | trim | length }}", {}),
    ("{{ 'Hello' | upper }} {{ 'ÉCOLE' | lower }} {{ 'hello world' | title }} {{ 'hELLO' | capitalize }}", {}),
    ("{{ [3,1,2] | length }} {{ 'héllo' | length }} {{ {'a':1} | length }} {{ [1,2,3] | first }} {{ [1,2,3] | last }} {{ 'abc' | first }}", {}),
    ("{{ ['a','b'] | join(', ') }} {{ [1,2] | join }} {{ 'abc' | list }} {{ [1,2,3] | reverse | list }} {{ 'abc' | reverse }}", {}),
    ("{{ x | default('d') }} {{ '' | default('d') }} {{ '' | default('d', true) }} {{ none | default('d') }}", {}),
    ("{{ 'a-b-c' | replace('-', '+') }} {{ '42' | int + 1 }} {{ 'x' | int }} {{ 3.7 | int }} {{ -3 | abs }} {{ 5 | string ~ '!' }}", {}),
    ("{{ d | tojson }} {{ d | tojson(indent=2) }} {{ [] | tojson }} {{ {} | tojson(indent=4) }}", {"d": {"a": [1, 2.5, None, True, "é\"\n"], "b": {}}}),
    ("{{ 'x\\u001f\\u007f' | tojson }} {{ 1.0 | tojson }} {{ 1e100 | tojson }}", {}),
    ("{{ m | selectattr('role', 'equalto', 'user') | list }} {{ m | rejectattr('role', 'eq', 'user') | map(attribute='role') | join(',') }}", {"m": M}),
    ("{{ m | map(attribute='role') | list }} {{ m | selectattr('content') | list | length }} {{ [0,1,2,''] | select | list }}", {"m": M}),
    ("{{ {'b': 1, 'a': 2} | items | list }} {% for k, v in {'x': 1, 'y': 2}.items() %}{{ k }}={{ v }};{% endfor %}", {}),
    # tests
    ("{{ x is defined }} {{ x is undefined }} {{ none is none }} {{ 'a' is string }} {{ 1 is number }} {{ 1.0 is integer }} {{ true is boolean }}", {}),
    ("{{ [] is iterable }} {{ 'a' is iterable }} {{ 3 is iterable }} {{ {} is mapping }} {{ [] is sequence }} {{ x is iterable }}", {}),
    ("{{ false is false }} {{ 0 is false }} {{ true is true }} {{ 4 is even }} {{ 3 is odd }} {{ 9 is divisibleby(3) }} {{ 'a' is not none }}", {}),
    ("{{ 1 is eq 1 }} {{ 2 is gt(1) }} {{ 'ab' is lower }} {{ 'AB' is upper }} {{ 1 is in [1] }} {{ not x is defined }}", {}),
    # subscripts, slices, attributes, methods
    ("{{ m[0].role }} {{ m[-1]['content'] }} {{ m[5] is defined }} {{ m[1:] | length }} {{ m[::-1][0].role }} {{ 'hello'[1:3] }} {{ 'héllo'[::-1] }} {{ [1,2,3,4][::2] }} {{ [1,2,3][-2:] }}", {"m": M}),
    ("{{ 'a,b,,c'.split(',') }} {{ ' a  b '.split() }} {{ 'a b c'.split(' ', 1) }} {{ 'x'.startswith('x') }} {{ 'abc'.endswith(('z', 'c')) }}", {}),
    ("{{ '\\n\\na\\n'.strip('\\n') }}|{{ '  a '.lstrip() }}|{{ 'xa'.rstrip('a') }}|{{ 'AbC'.lower() }}{{ 'abc'.upper() }}|{{ 'a b'.title() }}|{{ 'aaa'.replace('a', 'b', 2) }}|{{ 'abc'.find('c') }}|{{ 'aaa'.count('a') }}", {}),
    ("{{ d.get('a') }} {{ d.get('z', 'no') }} {{ d.get('z') }} {{ d.keys() | list }} {{ d.values() | list }} {{ d['a'] }} {{ d.a }}", {"d": {"a": 1, "b": 2}}),
    ("{{ '-'.join(['a', 'b']) }} {{ 'a\\nb\\n'.splitlines() }}", {}),
    # statements
    ("{% set x = 1 %}{% if x == 1 %}one{% elif x == 2 %}two{% else %}other{% endif %}{% if false %}{% elif true %}E{% endif %}", {}),
    ("{% for x in [] %}{{ x }}{% else %}empty{% endfor %}{% for x in [1,2,3] if x != 2 %}{{ loop.index }}/{{ loop.length }}:{{ x }}{% if not loop.last %},{% endif %}{% endfor %}", {}),
    ("{% for x in 'ab' %}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.first }}{{ loop.previtem is defined }}{% endfor %}", {}),
    ("{% for x in [1,2,3,4] %}{% if x == 2 %}{% continue %}{% endif %}{% if x == 4 %}{% break %}{% endif %}{{ x }}{% endfor %}", {}),
    ("{% set x = 'outer' %}{% for i in [1] %}{% set x = 'inner' %}{{ x }}{% endfor %}{{ x }}", {}),
    ("{% set ns = namespace(n=0, s='') %}{% for i in range(5) %}{% set ns.n = ns.n + i %}{% set ns.s = ns.s ~ i %}{% endfor %}{{ ns.n }} {{ ns.s }} {{ range(2, 10, 3) | list }} {{ range(3, 0, -1) | list }}", {}),
    ("{% set b %}block {{ 1 + 1 }}{% endset %}[{{ b }}] {{ b | length }}", {}),
    ("{% for a in [[1,2],[3]] %}{% for b in a %}{{ loop.index }}{{ b }}{% endfor %};{{ loop.index }}{% endfor %}", {}),
    ("{% for k in {'x': 1, 'y': 2} %}{{ k }}{% endfor %}{% for i, v in [[1, 'a'], [2, 'b']] %}{{ i }}{{ v }}{% endfor %}", {}),
    ("{{ bos_token }}{% for message in messages %}{{ message.role | upper }}: {{ message.content | trim }}\n{% endfor %}{% if add_generation_prompt %}A:{% endif %}", {"bos_token": "<s>", "messages": M, "add_generation_prompt": True}),
    # macros
    ("{% macro m(a, b='x') %}[{{ a }}{{ b }}]{% endmacro %}{{ m(1) }}{{ m(2, 'y') }}{{ m(b=3, a=4) }}|{{ m('z') | length }}", {}),
    ("{% set g = 'top' %}{% macro show(x) %}{{ x }}-{{ g }}{% for i in [1, 2] %}{{ i }}{% endfor %}{% endmacro %}{% for k in [7] %}{{ show(k) }}{% endfor %}", {}),
    ("{%- macro render(t) -%}\n  {{- t.name | upper }}({{ t.args | join(', ') }})\n{%- endmacro -%}\n{% for t in tools %}{{ render(t) }};{% endfor %}", {"tools": [{"name": "f", "args": ["a", "b"]}, {"name": "g", "args": []}]}),
    ("{% macro m(x) %}{{ x }}{% endmacro %}{{ m is callable }} {{ m(m(5) ~ '!') }} [{{ m() }}]", {}),
    # errors
    ("{{ raise_exception('no ' ~ 1) }}", {}),
    ("{{ x.y }}", {}),
    ("{{ x + 1 }}", {}),
    ("{{ 'a' + 1 }}", {}),
    ("{{ 1 // 0 }}", {}),
    ("{{ 'a' in none }}", {}),
    ("{{ none.startswith('a') }}", {}),
    ("{{ x() }}", {}),
    ("{% set x.y = 1 %}", {"x": {}}),
    ("{{ [1] | tojson(indent=x) }}{{ x | tojson }}", {}),
]


def main():
    e = env()
    for i, (src, v) in enumerate(CASES):
        case = {"id": "f%02d" % i, "template": src, "vars": v}
        try:
            case["expected"] = e.from_string(src).render(**v)
        except Raised as x:
            case["error"], case["error_exact"] = str(x), True
        except Exception as x:
            case["error"], case["error_exact"] = "%s: %s" % (type(x).__name__, x), False
        print(json.dumps(case, ensure_ascii=False))


if __name__ == "__main__":
    main()
