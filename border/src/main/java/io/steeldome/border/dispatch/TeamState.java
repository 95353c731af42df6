package io.steeldome.border.dispatch;

/** Where a patrol team is in its cycle: at its outpost, travelling to an alert, looking on scene, or going home. */
public enum TeamState {
    IDLE,
    EN_ROUTE,
    ON_SCENE,
    RETURNING
}
