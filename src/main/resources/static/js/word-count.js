// Live word counts for text areas with a word limit. The page works without it: the server
// counts the words too and refuses a text over the limit.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('textarea[data-word-limit]').forEach(function (area) {
    var counter = document.getElementById(area.id + '-count');
    if (!counter) { return; }
    var limit = parseInt(area.getAttribute('data-word-limit'), 10);
    var template = counter.getAttribute('data-template') || counter.textContent;
    function update() {
      var words = area.value.trim() === '' ? 0 : area.value.trim().split(/\s+/).length;
      counter.textContent = template.replace(/\d+/, String(words));
      counter.classList.toggle('text-danger', words > limit);
    }
    counter.setAttribute('data-template', counter.textContent);
    area.addEventListener('input', update);
  });
});
