// Compare page: clicking a shared passage scrolls the other side to its counterpart.
document.addEventListener('click', function (event) {
  var mark = event.target.closest ? event.target.closest('mark[data-pair]') : null;
  if (!mark) { return; }
  var other = document.getElementById(mark.getAttribute('data-pair'));
  if (!other) { return; }
  document.querySelectorAll('mark.active').forEach(function (m) { m.classList.remove('active'); });
  mark.classList.add('active');
  other.classList.add('active');
  other.scrollIntoView({ behavior: 'smooth', block: 'center' });
});
