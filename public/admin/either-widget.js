/*
 * A Decap CMS widget for fields that hold a number or a keyword (`2018`, `en-curso`,
 * `no-registra`), or an amount with its currency (`1500 USD`): one text box, whose text is
 * saved typed, as the content schemas expect. Its options come from config.yml (src/lib/cms).
 */
/* global CMS, createClass, h */
(function registerEitherWidget() {
  function toText(value) {
    if (value === undefined || value === null) return '';
    if (typeof value === 'object') {
      var plain = typeof value.toJS === 'function' ? value.toJS() : value;
      return [plain.amount, plain.currency]
        .filter(function (part) {
          return part !== undefined;
        })
        .join(' ');
    }
    return String(value);
  }

  function fromText(text, field) {
    var trimmed = text.trim();
    if (trimmed === '') return undefined;
    if (field.get('numbers') && /^\d+$/.test(trimmed)) return Number(trimmed);
    var money = /^(\d+(?:\.\d+)?)\s+([A-Za-z]{3})$/.exec(trimmed);
    if (field.get('amount_currency') && money) {
      return { amount: Number(money[1]), currency: money[2].toUpperCase() };
    }
    return trimmed;
  }

  var EitherControl = createClass({
    getInitialState: function () {
      return { text: toText(this.props.value) };
    },
    handleChange: function (event) {
      this.setState({ text: event.target.value });
      this.props.onChange(fromText(event.target.value, this.props.field));
    },
    render: function () {
      var keywords = this.props.field.get('keywords');
      var list = keywords && typeof keywords.toJS === 'function' ? keywords.toJS() : keywords || [];
      var listId = this.props.forID + '-keywords';
      return h('div', {}, [
        h('input', {
          key: 'input',
          id: this.props.forID,
          type: 'text',
          list: listId,
          className: this.props.classNameWrapper,
          value: this.state.text,
          onChange: this.handleChange,
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
        }),
        h(
          'datalist',
          { key: 'list', id: listId },
          list.map(function (keyword) {
            return h('option', { key: keyword, value: keyword });
          }),
        ),
      ]);
    },
  });

  CMS.registerWidget('either', EitherControl);
})();
