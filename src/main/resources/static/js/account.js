// Account form: an administrator has no unit, so the unit select is hidden while the role is ADMIN.
(function () {
    var role = document.getElementById('role');
    var unitGroup = document.getElementById('unit-group');
    if (!role || !unitGroup) {
        return;
    }
    function update() {
        var admin = role.value === 'ADMIN';
        unitGroup.classList.toggle('d-none', admin);
        var unit = document.getElementById('unitId');
        if (unit) {
            unit.disabled = admin;
        }
    }
    role.addEventListener('change', update);
    update();
}());
