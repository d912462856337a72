// The 404 page speaks every language; the reader's is most likely the one the broken address
// starts with (/ru/…), so its message goes first.
const code = location.pathname.split('/')[1];
const own = document.querySelector(`section[data-language="${CSS.escape(code)}"]`);
if (own) own.parentElement.insertBefore(own, document.querySelector('section[data-language]'));
