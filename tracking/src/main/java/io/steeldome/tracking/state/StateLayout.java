package io.steeldome.tracking.state;

/** Indices of the 3-D constant-velocity state vector used across steeldome. */
public final class StateLayout {
    private StateLayout() {}

    public static final int EAST = 0;
    public static final int NORTH = 1;
    public static final int UP = 2;
    public static final int V_EAST = 3;
    public static final int V_NORTH = 4;
    public static final int V_UP = 5;
    public static final int DIM = 6;
}
