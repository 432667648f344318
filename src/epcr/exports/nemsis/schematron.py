"""A small ISO Schematron -> XSLT 3.0 compiler, for the subset the NEMSIS national rules use.

The generated stylesheet writes SVRL (`svrl:failed-assert`, `svrl:successful-report`) and is run by Saxon
(`epcr.exports.nemsis.saxon`). ISO semantics kept:
- each pattern is one XSLT mode walking the whole document; within a pattern a node is handled only by the
  first rule (in document order) whose context matches: templates get descending priorities;
- a matched rule still descends into the children, so nested nodes meet the pattern's rules too;
- schema- and pattern-level `sch:let`s are global variables, rule-level ones are local to that rule;
- an assert fires when its test is false, a report when its test is true;
- top-level foreign `xsl:*` elements (`allow-foreign`) are copied into the stylesheet;
- diagnostics are rendered in the rule's context, so they see the rule's variables.
Anything outside that subset (phases, abstract patterns and rules, includes) is refused with SchematronError.
"""

from __future__ import annotations

from lxml import etree

SCH = "http://purl.oclc.org/dsdl/schematron"
XSL = "http://www.w3.org/1999/XSL/Transform"
SVRL = "http://purl.oclc.org/dsdl/svrl"
XS = "http://www.w3.org/2001/XMLSchema"

PATH_MODE = "schematron-get-full-path"  # the name the NEMSIS diagnostic calls for a node's location
# xsl:import/include are left out: they must come first in a stylesheet and would read other files.
_TOP_LEVEL_FOREIGN = {"variable", "key", "function", "param", "template"}
_IGNORED = {"title", "p", "properties"}  # documentation only


class SchematronError(ValueError):
    """The Schematron uses a feature this compiler does not implement, or is malformed."""


def _sch(name: str) -> str:
    return f"{{{SCH}}}{name}"


def _xsl(name: str) -> str:
    return f"{{{XSL}}}{name}"


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _name(element: etree._Element) -> str:
    """sch:rule, xsl:key, {urn:x}y: for messages."""
    qname = etree.QName(element)
    prefix = {SCH: "sch:", XSL: "xsl:"}.get(
        qname.namespace or "", f"{{{qname.namespace}}}" if qname.namespace else ""
    )
    return prefix + qname.localname


def _is_sch(node: etree._Element) -> bool:
    return isinstance(node.tag, str) and etree.QName(node).namespace == SCH


def _elements(parent: etree._Element) -> list[etree._Element]:
    """Child elements only: comments and the DSDL_INCLUDE processing instructions are markers."""
    return [child for child in parent if isinstance(child.tag, str)]


def _literal_avt(text: str) -> str:
    """A fixed string as an attribute value template (braces doubled)."""
    return text.replace("{", "{{").replace("}", "}}")


def _required(element: etree._Element, attribute: str) -> str:
    value = element.get(attribute)
    if value is None:
        raise SchematronError(f"sch:{_local(element)} (line {element.sourceline}) has no @{attribute}")
    return value


class _Compiler:
    def __init__(self, schema: etree._Element) -> None:
        if schema.tag != _sch("schema"):
            raise SchematronError(f"the root element is {_name(schema)}, not sch:schema")
        binding = (schema.get("queryBinding") or "xslt").lower()
        if binding not in {"xslt2", "xslt3", "xpath2", "xpath3", "xpath31"}:
            raise SchematronError(f"queryBinding {binding!r} is not supported (XPath 2+ only)")
        self.schema = schema
        self.namespaces: dict[str, str] = {"xs": XS, "svrl": SVRL}
        self.diagnostics: dict[str, etree._Element] = {}
        self.globals: set[str] = set()
        self.fragments: list[etree._Element] = []  # foreign content, pasted as text (see _fragment)
        self._collect(schema)
        self.out = etree.Element(_xsl("stylesheet"), nsmap={"xsl": XSL, **self.namespaces})
        self.out.set("version", "3.0")
        self.out.set("exclude-result-prefixes", "#all")

    def _collect(self, schema: etree._Element) -> None:
        for node in _elements(schema):
            if node.tag == _sch("ns"):
                self.namespaces[_required(node, "prefix")] = _required(node, "uri")
            elif node.tag == _sch("diagnostics"):
                for diagnostic in _elements(node):
                    if diagnostic.tag != _sch("diagnostic"):
                        raise SchematronError(f"unexpected {_name(diagnostic)} in sch:diagnostics")
                    self.diagnostics[_required(diagnostic, "id")] = diagnostic

    def compile(self) -> str:
        patterns: list[etree._Element] = []
        for node in _elements(self.schema):
            if not _is_sch(node):
                self._foreign_top_level(node)
            elif node.tag == _sch("let"):
                self._global_let(node)
            elif node.tag == _sch("pattern"):
                patterns.append(node)
            elif _local(node) not in _IGNORED | {"ns", "diagnostics"}:
                raise SchematronError(f"sch:{_local(node)} (line {node.sourceline}) is not supported")
        self._output_template(len(patterns))
        for index, pattern in enumerate(patterns):
            self._pattern(pattern, f"pattern-{index}")
        self._path_template()
        return self.source()

    def _foreign_top_level(self, node: etree._Element) -> None:
        if etree.QName(node).namespace != XSL or _local(node) not in _TOP_LEVEL_FOREIGN:
            raise SchematronError(f"foreign element {_name(node)} (line {node.sourceline}) is not supported")
        self.out.append(self._fragment(node))
        if _local(node) == "variable":
            self._declare_global(_required(node, "name"), node)

    def _declare_global(self, name: str, node: etree._Element) -> None:
        if name in self.globals:
            raise SchematronError(f"global variable ${name} (line {node.sourceline}) is declared twice")
        self.globals.add(name)

    def _global_let(self, let: etree._Element) -> None:
        name = _required(let, "name")
        self._declare_global(name, let)
        self.out.append(self._variable(let))

    def _variable(self, let: etree._Element) -> etree._Element:
        variable = etree.Element(_xsl("variable"), name=_required(let, "name"))
        value = let.get("value")
        if value is not None:
            variable.set("select", value)
        else:  # the value is the let's content, a literal tree
            for child in let:
                if isinstance(child.tag, str):
                    variable.append(self._fragment(child))
        return variable

    def _fragment(self, node: etree._Element) -> etree._Element:
        """A placeholder for foreign content, replaced by the node's serialisation in `source()`.

        Moving the node with lxml would drop namespace declarations that only QNames inside attribute
        values use (`<xsl:element name="element">` under a default namespace); serialising a node writes
        every namespace in scope, so the copy means exactly what the Schematron's author wrote."""
        nested = next(iter(node.iterdescendants(f"{{{SCH}}}*")), None)
        if nested is not None:  # it would be copied as a literal element, not evaluated
            raise SchematronError(
                f"{_name(nested)} (line {nested.sourceline}) inside foreign markup is not supported"
            )
        self.fragments.append(node)
        return etree.ProcessingInstruction("epcr-fragment", str(len(self.fragments) - 1))

    def source(self) -> str:
        text = etree.tostring(self.out, encoding="unicode", pretty_print=True)
        for index, node in enumerate(self.fragments):
            pasted = etree.tostring(node, encoding="unicode", with_tail=False)
            text = text.replace(f"<?epcr-fragment {index}?>", pasted, 1)
        return text

    def _output_template(self, pattern_count: int) -> None:
        root = etree.SubElement(self.out, _xsl("template"), match="/")
        output = etree.SubElement(root, f"{{{SVRL}}}schematron-output")
        for attribute in ("title", "schemaVersion"):
            value = self.schema.get(attribute)
            if value:
                output.set(attribute, _literal_avt(value))
        for index in range(pattern_count):
            etree.SubElement(output, _xsl("apply-templates"), select=".", mode=f"pattern-{index}")

    def _pattern(self, pattern: etree._Element, mode: str) -> None:
        if pattern.get("abstract") == "true" or pattern.get("is-a"):
            raise SchematronError(f"abstract pattern (line {pattern.sourceline}) is not supported")
        rules: list[etree._Element] = []
        for node in _elements(pattern):
            if node.tag == _sch("rule"):
                rules.append(node)
            elif node.tag == _sch("let"):  # pattern-level: evaluated once, like the skeleton's
                self._global_let(node)
            elif not (_is_sch(node) and _local(node) in _IGNORED):
                raise SchematronError(f"{_name(node)} (line {node.sourceline}) is not supported in a pattern")
        for position, rule in enumerate(rules):
            self._rule(rule, mode, priority=len(rules) - position, pattern_id=pattern.get("id", mode))
        # Nodes no rule matches: keep walking down. Text is never a rule context here.
        fallback = etree.SubElement(self.out, _xsl("template"), match="/ | *", mode=mode, priority="-10")
        etree.SubElement(fallback, _xsl("apply-templates"), select="*", mode=mode)

    def _rule(self, rule: etree._Element, mode: str, priority: int, pattern_id: str) -> None:
        if rule.get("abstract") == "true":
            raise SchematronError(f"abstract rule (line {rule.sourceline}) is not supported")
        template = etree.SubElement(
            self.out, _xsl("template"), match=_required(rule, "context"), mode=mode, priority=str(priority)
        )
        for node in _elements(rule):
            if node.tag == _sch("let"):
                template.append(self._variable(node))
            elif node.tag in (_sch("assert"), _sch("report")):
                template.append(self._check(node, rule, pattern_id))
            elif not (_is_sch(node) and _local(node) in _IGNORED):
                raise SchematronError(f"{_name(node)} (line {node.sourceline}) is not supported in a rule")
        etree.SubElement(template, _xsl("apply-templates"), select="*", mode=mode)

    def _check(self, check: etree._Element, rule: etree._Element, pattern_id: str) -> etree._Element:
        test = _required(check, "test")
        is_assert = check.tag == _sch("assert")
        # Doubled parentheses: a test may be a sequence ("a, b"), which not() would take as two arguments.
        condition = etree.Element(_xsl("if"), test=f"not(({test}))" if is_assert else f"({test})")
        result = etree.SubElement(
            condition, f"{{{SVRL}}}{'failed-assert' if is_assert else 'successful-report'}"
        )
        fixed = {
            "id": check.get("id"),
            "role": check.get("role"),
            "pattern": pattern_id,
            "rule": rule.get("id"),
        }
        for name, value in fixed.items():
            if value is not None:
                result.set(name, _literal_avt(value))
        location = etree.SubElement(result, _xsl("attribute"), name="location")
        etree.SubElement(location, _xsl("apply-templates"), select=".", mode=PATH_MODE)
        text = etree.SubElement(result, f"{{{SVRL}}}text")
        self._content(check, text)
        for reference in (check.get("diagnostics") or "").split():
            if reference not in self.diagnostics:
                raise SchematronError(f"diagnostic {reference!r} (line {check.sourceline}) is not defined")
            rendered = etree.SubElement(result, f"{{{SVRL}}}diagnostic-reference", diagnostic=reference)
            self._content(self.diagnostics[reference], rendered)
        return condition

    def _content(self, source: etree._Element, target: etree._Element) -> None:
        """Mixed content of an assert, report or diagnostic: text, sch:value-of/name, foreign XSLT."""
        self._text(source.text, target)
        for child in source:
            if isinstance(child.tag, str):
                target.append(self._inline(child))
            self._text(child.tail, target)

    def _text(self, text: str | None, target: etree._Element) -> None:
        if text:  # xsl:text keeps every space, also the one between two inline values
            etree.SubElement(target, _xsl("text")).text = text

    def _inline(self, node: etree._Element) -> etree._Element:
        if not _is_sch(node):
            return self._fragment(node)  # literal result elements and xsl:* instructions, as written
        name = _local(node)
        if name == "value-of":
            return etree.Element(_xsl("value-of"), select=_required(node, "select"))
        if name == "name":
            return etree.Element(_xsl("value-of"), select=f"name({node.get('path', '.')})")
        if name in {"emph", "dir", "span"}:  # SVRL keeps these as markup around the text
            markup = etree.Element(f"{{{SVRL}}}{name}")
            self._content(node, markup)
            return markup
        raise SchematronError(f"sch:{name} (line {node.sourceline}) is not supported in text")

    def _path_template(self) -> None:
        """Locations as XPath: /*:EMSDataSet[1]/*:Header[1]/... (positions among same-named siblings)."""
        steps = (
            "string-join(for $e in ancestor-or-self::* return concat('/*:', local-name($e), '[', "
            "1 + count($e/preceding-sibling::*[node-name(.) eq node-name($e)]), ']'), '')"
        )
        for match, priority, select in (
            ("*", "2", steps),
            ("@*", "2", f"concat(../{steps}, '/@', name())"),
            ("/ | node()", "1", "'/'"),
        ):
            template = etree.SubElement(
                self.out, _xsl("template"), match=match, mode=PATH_MODE, priority=priority
            )
            etree.SubElement(template, _xsl("value-of"), select=select)


def compile_schematron(schematron: bytes) -> str:
    """The XSLT 3.0 stylesheet (text) that reports the Schematron's failed asserts as SVRL."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
    try:
        schema = etree.fromstring(schematron, parser)
    except etree.XMLSyntaxError as error:
        raise SchematronError(f"the Schematron is not well-formed XML: {error}") from error
    return _Compiler(schema).compile()
