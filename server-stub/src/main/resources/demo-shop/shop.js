// The shop's own behaviour, in a file rather than inline: the shop's Content-Security-Policy allows
// scripts from its own origin only.
(function () {
  var checkout = document.getElementById('checkout');
  if (checkout) {
    checkout.addEventListener('submit', function (e) {
      e.preventDefault();
      document.querySelector('.done').classList.add('show');
    });
  }
  // The widget's one global: open the chat from the page's own button (the widget loads async).
  var ask = document.getElementById('ask');
  if (ask) {
    ask.addEventListener('click', function () {
      if (window.Switchboard) window.Switchboard.open();
    });
  }
})();
