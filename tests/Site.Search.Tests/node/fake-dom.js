'use strict';
// Just enough of a DOM for search.js's init(): elements, text nodes, ids, the few selectors it uses and
// events. Setting innerHTML or outerHTML throws, so a test fails if the script ever builds markup from
// strings.

class Node {
  constructor(doc) {
    this.ownerDocument = doc;
    this.parentNode = null;
    this.childNodes = [];
  }
  get firstChild() {
    return this.childNodes[0] || null;
  }
  appendChild(child) {
    if (child.parentNode) child.parentNode.removeChild(child);
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
  removeChild(child) {
    const i = this.childNodes.indexOf(child);
    if (i < 0) throw new Error('not a child');
    this.childNodes.splice(i, 1);
    child.parentNode = null;
    return child;
  }
  get textContent() {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(value) {
    this.childNodes = [];
    if (value !== '') this.appendChild(new Text(this.ownerDocument, String(value)));
  }
}

class Text extends Node {
  constructor(doc, data) {
    super(doc);
    this.data = data;
  }
  get textContent() {
    return this.data;
  }
}

class Element extends Node {
  constructor(doc, tagName, attributes) {
    super(doc);
    this.tagName = tagName.toUpperCase();
    this.attributes = Object.assign({}, attributes || {});
    this.listeners = {};
    this.hidden = false;
    this.checked = false;
    this.value = this.attributes.value || '';
  }
  get id() { return this.attributes.id || ''; }
  get name() { return this.attributes.name || ''; }
  get type() { return this.attributes.type || ''; }
  get className() { return this.attributes.class || ''; }
  set className(v) { this.attributes.class = v; }
  get href() { return this.attributes.href || ''; }
  set href(v) { this.attributes.href = String(v); }
  set innerHTML(_) { throw new Error('innerHTML must not be used'); }
  set outerHTML(_) { throw new Error('outerHTML must not be used'); }
  insertAdjacentHTML() { throw new Error('insertAdjacentHTML must not be used'); }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; }
  addEventListener(type, fn) { (this.listeners[type] = this.listeners[type] || []).push(fn); }
  dispatch(type, target) {
    const event = { type, target: target || this, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    for (let node = target || this; node; node = node.parentNode) {
      (node.listeners && node.listeners[type] || []).forEach((fn) => fn(event));
    }
    return event;
  }
  descendants() {
    const out = [];
    const walk = (n) => n.childNodes.forEach((c) => { if (c instanceof Element) { out.push(c); walk(c); } });
    walk(this);
    return out;
  }
  // Selectors used by search.js: tag[attr="value"] and tag[attr="value"] only.
  querySelectorAll(selector) {
    const m = /^(\w+)\[(\w+)="([^"]*)"\]$/.exec(selector);
    if (!m) throw new Error('fake DOM does not support selector ' + selector);
    return this.descendants().filter((e) => e.tagName === m[1].toUpperCase() && e.getAttribute(m[2]) === m[3]);
  }
  querySelector(selector) {
    return this.querySelectorAll(selector)[0] || null;
  }
}

class Document extends Element {
  constructor() {
    super(null, '#document');
    this.ownerDocument = this;
    this.readyState = 'complete';
  }
  createElement(name) { return new Element(this, name); }
  createTextNode(text) { return new Text(this, String(text)); }
  getElementById(id) { return this.descendants().find((e) => e.id === id) || null; }
  // Builds a tree from [tag, attributes, ...children] arrays.
  build(spec, parent) {
    if (typeof spec === 'string') return (parent || this).appendChild(this.createTextNode(spec));
    const [tag, attributes, ...children] = spec;
    const e = new Element(this, tag, attributes);
    (parent || this).appendChild(e);
    children.forEach((c) => this.build(c, e));
    return e;
  }
}

module.exports = { Document, Element, Text };
